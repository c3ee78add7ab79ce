# tf.test's queries about the build, which model files use to pick a data
# format (`'channels_first' if tf.test.is_built_with_cuda() else
# 'channels_last'`): scopec compiles for the CPU, without CUDA or a GPU.


def is_built_with_cuda():
    return False


def is_built_with_rocm():
    return False


def is_built_with_gpu_support():
    return False


def is_gpu_available(cuda_only=False, min_cuda_compute_capability=None):
    return False


def gpu_device_name():
    return ""


def __getattr__(name):
    raise AttributeError("tf.test.%s is not supported by scopec (it answers "
                         "is_built_with_cuda, is_gpu_available and "
                         "gpu_device_name: scopec compiles for the CPU)" %
                         name)
