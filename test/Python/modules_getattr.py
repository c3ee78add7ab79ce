# RUN: %difftest %S/Inputs/modules/main_getattr.py
# A module's own __getattr__ (PEP 562) answers for the names it lacks:
# attribute access, getattr/hasattr, `from m import name`.
