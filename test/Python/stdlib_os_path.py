# RUN: %difftest %s
# os.path string helpers (no file system access) and os.sep, as model files
# use them to build checkpoint and log paths.
import os
import os.path
from os.path import join

print(os.path.join("logs", "run1", "model.ckpt"), join("a", "/abs", "b"), os.path.join("a", ""),
      os.path.join("dir/", "f"), os.sep, os.path.sep)
print(os.path.basename("/tmp/x/model.ckpt"), os.path.dirname("/tmp/x/model.ckpt"),
      os.path.split("a/b/c.txt"), os.path.splitext("model.ckpt.index"), os.path.splitext("noext"),
      os.path.basename("dir/"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.normpath("a//b/./c/../d"), os.path.join(*["x", "y", "z"]),
      os.path.splitext(os.path.basename("/data/cifar10/train.npz"))[0])
