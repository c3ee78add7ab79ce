# RUN: %difftest %S/Inputs/modules/main_from_star.py
# Modules: from M import * with and without __all__.
# The program is Inputs/modules/main_from_star.py, beside the modules it imports
# (CPython and scopec both look for them in the directory of the program).
