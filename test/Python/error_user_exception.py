# RUN: %difftest %s
# An uncaught user-defined exception class with a message.
class ConfigError(Exception):
    pass


def check(units):
    if units <= 0:
        raise ConfigError("units must be positive, got %d" % units)


check(4)
print("checked")
check(-1)
