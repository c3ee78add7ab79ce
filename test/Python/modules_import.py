# RUN: %difftest %S/Inputs/modules/main_import.py
# Modules: import mymod, import ... as, from ... import, __name__ values.
# The program is Inputs/modules/main_import.py, beside the modules it imports
# (CPython and scopec both look for them in the directory of the program).
