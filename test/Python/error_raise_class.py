# RUN: %difftest %s
# raise of a class (not an instance), no message.
print("start")
raise KeyboardInterrupt
