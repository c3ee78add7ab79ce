# RUN: %difftest %s
# A failing assert without a message.
x = 3
assert x == 3
assert x < 0
