# RUN: %difftest %S/Inputs/modules/main_package.py
# Packages with __init__.py, submodules, relative imports, __name__.
# The program is Inputs/modules/main_package.py, beside the modules it imports
# (CPython and scopec both look for them in the directory of the program).
