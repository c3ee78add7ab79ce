# RUN: %difftest %s
# raise NotImplementedError with a message, uncaught.
def abstract():
    raise NotImplementedError("override me")


abstract()
