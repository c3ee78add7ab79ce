# RUN: %difftest %s
# KeyError raised by the interpreter (dict lookup), uncaught.
cfg = {"units": 3, "name": "fc"}
print(cfg["units"])
print(cfg["layers"])
