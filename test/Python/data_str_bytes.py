# RUN: %difftest %s
# XFAIL: *
# bytes (scopec has no bytes type): str.encode, bytes.decode and repr.
print("%s" % "s".encode().decode())
print("caf\u00e9".encode("utf-8"))
