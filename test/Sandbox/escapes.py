# A model file cannot reach files, processes, the network or the
# interpreter's internals: every way out is a located error (exit status 1),
# raised before anything is opened or run. One case per run, chosen with
# --flag case=N (docs/user-guide.md, "Compiling untrusted model files").
# RUN: %exit1 scopec %s --flag case=1 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C1
# C1: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: the built-in function 'open' is not supported by scopec
# RUN: %exit1 scopec %s --flag case=2 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C2
# C2: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: os.listdir is not supported by scopec: model files cannot access the file system
# RUN: %exit1 scopec %s --flag case=3 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C3
# C3: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: os.system is not supported by scopec: model files cannot run or inspect processes
# RUN: %exit1 scopec %s --flag case=4 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C4
# C4: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: os.system is not supported by scopec: model files cannot run or inspect processes
# RUN: %exit1 scopec %s --flag case=5 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C5
# C5: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: KeyError: 'HOME'
# RUN: %exit1 scopec %s --flag case=6 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C6
# C6: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: module 'io' is not available to scopec: a model file may import it, but only code the graph does not need may use it
# RUN: %exit1 scopec %s --flag case=7 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C7
# C7: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: module 'pathlib' is not available to scopec: a model file may import it, but only code the graph does not need may use it
# RUN: %exit1 scopec %s --flag case=8 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C8
# C8: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: module 'shutil' is not available to scopec: a model file may import it, but only code the graph does not need may use it
# RUN: %exit1 scopec %s --flag case=9 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C9
# C9: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: module 'subprocess' is not available to scopec: a model file may import it, but only code the graph does not need may use it
# RUN: %exit1 scopec %s --flag case=10 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C10
# C10: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: module 'socket' is not available to scopec: a model file may import it, but only code the graph does not need may use it
# RUN: %exit1 scopec %s --flag case=11 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C11
# C11: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: module 'ctypes' is not available to scopec: a model file may import it, but only code the graph does not need may use it
# RUN: %exit1 scopec %s --flag case=12 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C12
# C12: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: the built-in function '__import__' is not supported by scopec
# RUN: %exit1 scopec %s --flag case=13 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C13
# C13: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: module 'importlib' is not available to scopec: a model file may import it, but only code the graph does not need may use it
# RUN: %exit1 scopec %s --flag case=14 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C14
# C14: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: module 'builtins' is not available to scopec: a model file may import it, but only code the graph does not need may use it
# RUN: %exit1 scopec %s --flag case=15 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C15
# C15: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: the built-in function 'exec' is not supported by scopec
# RUN: %exit1 scopec %s --flag case=16 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C16
# C16: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: the built-in function 'eval' is not supported by scopec
# RUN: %exit1 scopec %s --flag case=17 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C17
# C17: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: the built-in function 'compile' is not supported by scopec
# RUN: %exit1 scopec %s --flag case=18 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C18
# C18: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: __subclasses__ is not supported by scopec: model files cannot inspect the interpreter
# RUN: %exit1 scopec %s --flag case=19 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C19
# C19: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: __subclasses__ is not supported by scopec: model files cannot inspect the interpreter
# RUN: %exit1 scopec %s --flag case=20 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C20
# C20: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: __subclasses__ is not supported by scopec: model files cannot inspect the interpreter
# RUN: %exit1 scopec %s --flag case=21 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C21
# C21: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: __globals__ is not supported by scopec: model files cannot inspect the interpreter
# RUN: %exit1 scopec %s --flag case=22 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C22
# C22: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: NameError: name '__builtins__' is not defined
# RUN: %exit1 scopec %s --flag case=23 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C23
# C23: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: the built-in function 'globals' is not supported by scopec
# RUN: %exit1 scopec %s --flag case=24 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C24
# C24: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: sys.modules is not supported by scopec: model files cannot inspect the interpreter
# RUN: %exit1 scopec %s --flag case=25 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C25
# C25: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: sys.stdin is not supported by scopec: model files cannot read input
# RUN: %exit1 scopec %s --flag case=26 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C26
# C26: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: np.load is not supported by scopec (a model file cannot read or write files; np.fft is not provided)
# RUN: %exit1 scopec %s --flag case=27 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C27
# C27: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: np.save is not supported by scopec (a model file cannot read or write files; np.fft is not provided)
# RUN: %exit1 scopec %s --flag case=28 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C28
# C28: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: tf.gfile is not supported by scopec: model files cannot access the file system
# RUN: %exit1 scopec %s --flag case=29 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C29
# C29: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: tf.io is not supported by scopec
# RUN: %exit1 scopec %s --flag case=30 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C30
# C30: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: tf.read_file is not supported by scopec: model files cannot access the file system
# RUN: %exit1 scopec %s --flag case=31 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C31
# C31: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: tf.data is not supported by scopec
# RUN: %exit1 scopec %s --flag case=32 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C32
# C32: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: tf.py_func is not supported by scopec
# RUN: %exit1 scopec %s --flag case=33 --emit=scoped 2>&1 | FileCheck %s --check-prefix=C33
# C33: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: logging.FileHandler is not supported by scopec: model files cannot access the file system
# RUN: %exit1 scopec %s --flag case=34 --emit=scoped 2>&1 | FileCheck %s --implicit-check-not=OUTSIDE --check-prefix=C34
# C34: escapes.py:{{[0-9]+}}:{{[0-9]+}}: error: module 'evil' is not available to scopec: a model file may import it, but only code the graph does not need may use it
# RUN: scopec %s --emit=scoped -o /dev/null 2>&1 | FileCheck %s --check-prefix=NONE
# NONE: no case chosen
import tensorflow as tf

tf.app.flags.DEFINE_integer("case", 0, "the escape to try")
case = tf.app.flags.FLAGS.case
INPUTS = "Inputs"
if case == 0:
    print("no case chosen")
elif case == 1:
    open("/etc/passwd").read()
elif case == 2:
    import os
    os.listdir("/")
elif case == 3:
    import os
    os.system("true")
elif case == 4:
    import os
    getattr(os, "sys" + "tem")("true")
elif case == 5:
    import os
    os.environ["HOME"]
elif case == 6:
    import io
    io.open("/etc/passwd")
elif case == 7:
    import pathlib
    pathlib.Path("/etc/passwd").read_text()
elif case == 8:
    import shutil
    shutil.copy("/etc/passwd", "/tmp/copy")
elif case == 9:
    import subprocess
    subprocess.run(["true"])
elif case == 10:
    import socket
    socket.socket()
elif case == 11:
    import ctypes
    ctypes.CDLL("libc.so.6")
elif case == 12:
    __import__("os")
elif case == 13:
    import importlib
    importlib.import_module("os")
elif case == 14:
    import builtins
    builtins.open("/etc/passwd")
elif case == 15:
    exec("import os")
elif case == 16:
    eval("1 + 1")
elif case == 17:
    compile("1", "<string>", "eval")
elif case == 18:
    ().__class__.__bases__[0].__subclasses__()
elif case == 19:
    [].__class__.__mro__[-1].__subclasses__()
elif case == 20:
    object.__subclasses__()
elif case == 21:
    (lambda: 0).__globals__
elif case == 22:
    getattr(__builtins__, "open")
elif case == 23:
    globals()
elif case == 24:
    import sys
    sys.modules["os"]
elif case == 25:
    import sys
    sys.stdin.read()
elif case == 26:
    import numpy as np
    np.load("/etc/passwd")
elif case == 27:
    import numpy as np
    np.save("/tmp/x.npy", np.zeros(2))
elif case == 28:
    import tensorflow as tf
    tf.gfile.GFile("/etc/passwd").read()
elif case == 29:
    import tensorflow as tf
    tf.io.gfile.GFile("/etc/passwd").read()
elif case == 30:
    import tensorflow as tf
    tf.read_file("/etc/passwd")
elif case == 31:
    import tensorflow as tf
    tf.data.TFRecordDataset("/etc/passwd")
elif case == 32:
    import tensorflow as tf
    tf.py_func(lambda: 0, [], [])
elif case == 33:
    import logging
    logging.FileHandler("/tmp/log")
elif case == 34:
    import sys
    sys.path.append(INPUTS + "/outside")
    import evil
    evil.X
