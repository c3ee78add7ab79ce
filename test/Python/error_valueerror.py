# RUN: %difftest %s
# ValueError from int(), uncaught.
print(int("42"))
print(int("4x2"))
