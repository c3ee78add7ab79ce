"""Runs a model compiled with `scopec MODEL --emit=lib --shared -o DIR` from
Python, through its C interface (DIR/NAME_c.h) and ctypes, on NumPy arrays:

    python3 run_model.py DIR/libNAME.so NAME [IN=in.npy ...] [OUT=out.npy ...]

Inputs not given stay zero; every output is summarized, and saved if named."""
import ctypes
import sys

import numpy as np

lib = ctypes.CDLL(sys.argv[1])
name = sys.argv[2]
files = dict(arg.split("=", 1) for arg in sys.argv[3:])


def fn(suffix, restype, *argtypes):
    f = getattr(lib, name + "_" + suffix)
    f.restype, f.argtypes = restype, list(argtypes)
    return f


def tensors(model, what):
    """(name, NumPy array over the model's buffer) for each input/output."""
    data = fn(what + "_data", ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    for i in range(fn("num_%ss" % what, ctypes.c_int)()):
        rank = fn(what + "_rank", ctypes.c_int, ctypes.c_int)(i)
        shape = fn(what + "_shape", ctypes.POINTER(ctypes.c_int64),
                   ctypes.c_int)(i)[:rank]
        dtype = fn(what + "_dtype", ctypes.c_char_p, ctypes.c_int)(i).decode()
        size = fn(what + "_bytes", ctypes.c_size_t, ctypes.c_int)(i)
        buffer = (ctypes.c_char * size).from_address(data(model, i))
        tensor = fn(what + "_name", ctypes.c_char_p, ctypes.c_int)(i).decode()
        yield tensor, np.frombuffer(buffer, dtype=dtype).reshape(shape)


model = fn("create", ctypes.c_void_p)()
for tensor, array in tensors(model, "input"):
    if tensor in files:
        array[...] = np.load(files[tensor])
if fn("run", ctypes.c_int, ctypes.c_void_p)(model) != 0:
    error = fn("error", ctypes.c_char_p, ctypes.c_void_p)(model)
    sys.exit("%s_run: %s" % (name, error.decode()))
for tensor, array in tensors(model, "output"):
    if tensor in files:
        np.save(files[tensor], array)
    print(tensor, array.shape, array.dtype, "sum=%.6g" % array.sum())
fn("destroy", None, ctypes.c_void_p)(model)
