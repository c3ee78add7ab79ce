# RUN: %difftest %s
# Split from builtins_iteration_more.py: methods of built-in types used as
# functions (`str.upper`) and three-argument pow().
names = ["conv", "bn", "relu", "pool"]
print(list(map(str.upper, names)))
print(pow(3, 4, 5))
