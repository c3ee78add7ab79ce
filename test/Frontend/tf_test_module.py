# tf.test's build queries, which model files use to choose a data format:
# scopec compiles for the CPU (no CUDA, no GPU), so they pick channels_last.
# RUN: scopec %s --emit=params 2>&1 | FileCheck %s
import tensorflow as tf

data_format = ("channels_first" if tf.test.is_built_with_cuda()
               else "channels_last")
print(data_format, tf.test.is_gpu_available(), repr(tf.test.gpu_device_name()))
# CHECK: channels_last False ''
try:
    tf.test.TestCase
except AttributeError as e:
    print(e)
# CHECK-NEXT: tf.test.TestCase is not supported by scopec (it answers is_built_with_cuda, is_gpu_available and gpu_device_name: scopec compiles for the CPU)
