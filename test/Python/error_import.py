# RUN: %difftest %S/Inputs/modules/main_import_error.py
# Import errors: a missing name of a module of the model (uncaught at the
# end), a submodule of a non-package. The program is
# Inputs/modules/main_import_error.py, beside the modules it imports.
