# A module scopec does not know imports as *unavailable* where CPython would
# raise ModuleNotFoundError: model files import data loaders and plotting
# libraries the graph never needs, so the compile goes on, and only a use of
# the module is a located error (the differential test of this case would
# differ from CPython on purpose).
# RUN: scopec %s --emit=resolved -o /dev/null | FileCheck %s
import tensorflow as tf
import no_such_module_for_scopec
from no_such_module_for_scopec import helper
print("reached")
# CHECK: reached
