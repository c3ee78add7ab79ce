# RUN: %difftest %s
# Importing a module that does not exist.
import tensorflow as tf
import no_such_module_for_difftest
print("never")
