#!/usr/bin/env python3
"""Writes the hostile inputs of test/Hostile (plain Python, deterministic).

  hostile.py garbage OUT              4 KiB of pseudo-random bytes
  hostile.py nul OUT                  a model with a NUL byte at 2:6
  hostile.py latin1 OUT               a model in Latin-1 (invalid UTF-8)
  hostile.py big OUT                  18 MiB of `x = 1` lines
  hostile.py nested OPEN CLOSE N OUT  "x = " OPEN*N "1" CLOSE*N
  hostile.py chain OP N OUT           "x = 1" (" OP 1")*N
  hostile.py unary OP N OUT           "x = " OP*N "1"
  hostile.py indent N OUT             N nested `if True:` blocks
  hostile.py long-line N OUT          one N-character identifier
  hostile.py npy KIND OUT             a broken .npy (see NPY below)
  hostile.py npz KIND OUT             a broken .npz (see NPZ below)
  hostile.py safetensors KIND OUT     a broken .safetensors (see ST below)
  hostile.py weights FORMAT OUT NAME=SHAPE...   a valid file, zeros
"""

import io
import json
import random
import struct
import sys
import zipfile


def npy(descr, shape, payload=None, version=1, header=None):
    if header is None:
        dims = ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "")
        header = "{'descr': '%s', 'fortran_order': False, 'shape': (%s), }" % (
            descr, dims)
    pre = 10 if version == 1 else 12
    header += " " * ((64 - (pre + len(header) + 1) % 64) % 64) + "\n"
    out = b"\x93NUMPY" + bytes([version, 0])
    out += struct.pack("<H" if version == 1 else "<I", len(header))
    out += header.encode("latin1")
    if payload is None:
        n = 1
        for d in shape:
            n *= d
        payload = b"\0" * (n * int(descr[2]))
    return out + payload


NPY = {
    # A valid one: float32 zeros of shape (1, 4).
    "zeros-1x4": lambda: npy("<f4", [1, 4]),
    # 2^40 x 2^40 float32: the byte count overflows int64.
    "huge-shape": lambda: npy("<f4", [1 << 40, 1 << 40], payload=b""),
    # 2^31 x 2^31: the size fits, the bytes are not there.
    "big-shape": lambda: npy("<f4", [1 << 31, 1 << 31], payload=b"\0" * 16),
    "truncated": lambda: npy("<f4", [1, 4, 4, 3])[:-7],
    "trailing": lambda: npy("<f4", [2]) + b"\0" * 4,
    "bad-magic": lambda: b"\x93NUMPZ" + npy("<f4", [2])[6:],
    "header-overrun": lambda: b"\x93NUMPY\x01\x00\xff\xff{'descr'",
    "bad-dtype": lambda: npy("<c8", [2], payload=b"\0" * 16),
    "object-dtype": lambda: npy("|O", [2], payload=b"\0" * 16),
    "fortran": lambda: npy("<f4", [2, 2], header=(
        "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }"))
        + b"\0" * 16,
    "negative-dim": lambda: npy("<f4", [2], header=(
        "{'descr': '<f4', 'fortran_order': False, 'shape': (-1, 2), }")),
    "unterminated": lambda: npy("<f4", [2], header=(
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2,")),
    "version9": lambda: b"\x93NUMPY\x09\x00" + npy("<f4", [2])[8:],
    "empty": lambda: b"",
}


def npz_bytes(entries, method=zipfile.ZIP_STORED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buf.getvalue()


def zeros_npy(shape):
    return npy("<f4", shape)


def npz_bomb():
    # A deflated entry that claims 16 bytes but inflates to 64 MiB.
    good = npz_bytes([("w.npy", b"\0" * (64 << 20))], zipfile.ZIP_DEFLATED)
    data = bytearray(good)
    # Patch the uncompressed size in the local header (offset 22) and in the
    # central directory entry.
    struct.pack_into("<I", data, 22, 16)
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 24, 16)
    return bytes(data)


NPZ = {
    "truncated": lambda: npz_bytes([("w.npy", zeros_npy([4, 4]))])[:-30],
    "bad-magic": lambda: b"XX" + npz_bytes([("w.npy", zeros_npy([2]))])[2:],
    "not-npy-entry": lambda: npz_bytes([("w.npy", b"hello, world")]),
    "bad-entry-name": lambda: npz_bytes([("w.txt", zeros_npy([2]))]),
    "bomb": npz_bomb,
    "garbage": lambda: b"PK\x05\x06" + bytes(range(256)) * 4,
}


def st_bytes(header_obj, data=b"", header_text=None, length=None):
    text = header_text if header_text is not None else json.dumps(header_obj)
    text += " " * ((8 - len(text) % 8) % 8)
    n = len(text) if length is None else length
    return struct.pack("<Q", n) + text.encode() + data


ST = {
    "huge-header": lambda: st_bytes(None, header_text="{}", length=1 << 62),
    "bad-json": lambda: st_bytes(None, header_text='{"w": {"dtype": "F32",'),
    "deep-json": lambda: st_bytes(
        None, header_text='{"w": ' + "[" * 100000 + "]" * 100000 + "}"),
    "offsets-out-of-range": lambda: st_bytes(
        {"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 1 << 40]}},
        b"\0" * 8),
    "shape-overflow": lambda: st_bytes(
        {"w": {"dtype": "F32", "shape": [1 << 62, 1 << 62],
               "data_offsets": [0, 8]}}, b"\0" * 8),
    "bad-dtype": lambda: st_bytes(
        {"w": {"dtype": "C64", "shape": [1], "data_offsets": [0, 8]}},
        b"\0" * 8),
    "truncated": lambda: st_bytes(
        {"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}},
        b"\0" * 16)[:-5],
}


def weights(fmt, out, specs):
    arrays = []
    for spec in specs:
        name, shape = spec.split("=")
        dims = [int(d) for d in shape.split(",") if d]
        arrays.append((name, dims))
    if fmt == "npz":
        return npz_bytes([(n + ".npy", zeros_npy(s)) for n, s in arrays])
    header, data = {}, b""
    for n, s in arrays:
        size = 4
        for d in s:
            size *= d
        header[n] = {"dtype": "F32", "shape": s,
                     "data_offsets": [len(data), len(data) + size]}
        data += b"\0" * size
    return st_bytes(header, data)


def main(argv):
    cmd, args = argv[1], argv[2:]
    text = None
    if cmd == "garbage":
        rng = random.Random(1234)
        data = bytes(rng.randrange(256) for _ in range(4096))
    elif cmd == "nul":
        data = b"import tensorflow as tf\nx = 1\0\n"
    elif cmd == "latin1":
        data = b"import tensorflow as tf\nx = 'caf\xe9'\n"
    elif cmd == "big":
        data = b"x = 1\n" * (3 << 20)
    elif cmd == "nested":
        opn, cls, n = args[0], args[1], int(args[2])
        text = "x = " + opn * n + "1" + cls * n + "\n"
    elif cmd == "chain":
        text = "x = 1" + (" %s 1" % args[0]) * int(args[1]) + "\n"
    elif cmd == "unary":
        text = "x = " + args[0] * int(args[1]) + "1\n"
    elif cmd == "indent":
        n = int(args[0])
        text = "".join(" " * i + "if True:\n" for i in range(n)) + " " * n + "x = 1\n"
    elif cmd == "long-line":
        text = "x" * int(args[0]) + " = 1\n"
    elif cmd == "npy":
        data = NPY[args[0]]()
    elif cmd == "npz":
        data = NPZ[args[0]]()
    elif cmd == "safetensors":
        data = ST[args[0]]()
    elif cmd == "weights":
        data = weights(args[0], args[1], args[2:])
        args = [args[1]]
    else:
        print(__doc__, file=sys.stderr)
        return 2
    if text is not None:
        data = text.encode()
    with open(args[-1], "wb") as f:
        f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
