#!/usr/bin/env python3
"""Writes the small seed corpora of fuzz/corpus/{npy,weights,checkpoint}_fuzzer.

Plain Python (no numpy): .npy images are built byte by byte the way
numpy.lib.format writes them, .npz archives with zipfile exactly as
numpy.savez / savez_compressed do, and .safetensors like the reference
writer (8-byte header length, JSON padded with spaces to a multiple of 8).
Checkpoints come from the lit tests' writer
(test/Params/Inputs/write_checkpoint.py, which needs numpy), packed as
checkpoint_fuzzer reads them: u32 index length, the index, data shard 0.
The frontend corpus is a few lit tests' model files, copied by hand
(run.sh adds examples/ itself as a seed directory;
see fuzz/README.md). Run from anywhere; rewrites the files it owns.
"""

import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FMT = {"<f4": "<f", "<f8": "<d", "<i4": "<i", "<i8": "<q",
       ">f4": ">f", ">f8": ">d", ">i4": ">i", ">i8": ">q"}


def shape_repr(shape):
    if len(shape) == 1:
        return "(%d,)" % shape[0]
    return "(" + ", ".join(str(d) for d in shape) + ")"


def npy(descr, shape, values, version=1):
    header = "{'descr': '%s', 'fortran_order': False, 'shape': %s, }" % (
        descr, shape_repr(shape))
    pre = 10 if version == 1 else 12
    total = pre + len(header) + 1
    header += " " * ((64 - total % 64) % 64) + "\n"
    out = b"\x93NUMPY" + bytes([version, 0])
    out += struct.pack("<H" if version == 1 else "<I", len(header))
    out += header.encode("latin1")
    out += b"".join(struct.pack(FMT[descr], v) for v in values)
    return out


def npz(arrays, compressed):
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", compression=method) as z:
        for name, image in arrays:
            z.writestr(name + ".npy", image)
    return buf.getvalue()


def safetensors(tensors, metadata=True):
    header, data = {}, b""
    if metadata:
        header["__metadata__"] = {"format": "pt"}
    for name, dtype, shape, fmt, values in tensors:
        blob = b"".join(struct.pack(fmt, v) for v in values)
        header[name] = {"dtype": dtype, "shape": shape,
                        "data_offsets": [len(data), len(data) + len(blob)]}
        data += blob
    text = json.dumps(header, separators=(",", ":"))
    text += " " * ((8 - len(text) % 8) % 8)
    return struct.pack("<Q", len(text)) + text.encode() + data


def write(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def checkpoint(args):
    writer = os.path.join(HERE, "..", "test", "Params", "Inputs",
                          "write_checkpoint.py")
    with tempfile.TemporaryDirectory() as d:
        prefix = os.path.join(d, "ckpt")
        subprocess.run([sys.executable, writer, prefix] + args, check=True)
        with open(prefix + ".index", "rb") as f:
            index = f.read()
        with open(prefix + ".data-00000-of-00001", "rb") as f:
            data = f.read()
    return struct.pack("<I", len(index)) + index + data


def main():
    seq = lambda n: [float(i) * 0.5 - 1 for i in range(n)]
    ints = lambda n: list(range(-n // 2, n - n // 2))
    write("npy_fuzzer", "f32_2x3.npy", npy("<f4", [2, 3], seq(6)))
    write("npy_fuzzer", "f64_vec.npy", npy("<f8", [4], seq(4)))
    write("npy_fuzzer", "i32_scalar.npy", npy("<i4", [], [7]))
    write("npy_fuzzer", "i64_empty.npy", npy("<i8", [0, 3], []))
    write("npy_fuzzer", "f32_be_4d.npy", npy(">f4", [1, 2, 2, 1], seq(4)))
    write("npy_fuzzer", "i64_be_v2.npy", npy(">i8", [3], ints(3), version=2))
    write("npy_fuzzer", "f32_v3.npy", npy("<f4", [1, 1], [3.0], version=3))

    conv = [("conv1/weights", npy("<f4", [3, 3, 1, 2], seq(18))),
            ("conv1/biases", npy("<f4", [2], [0.1, -0.1]))]
    mixed = [("dense/kernel:0", npy("<f8", [2, 2], seq(4))),
             ("dense/bias", npy(">f4", [2], [1, 2])),
             ("step", npy("<i8", [], [42])),
             ("ids", npy("<i4", [3], [1, 2, 3]))]
    write("weights_fuzzer", "stored.npz", npz(conv, compressed=False))
    write("weights_fuzzer", "deflated.npz", npz(mixed, compressed=True))
    write("weights_fuzzer", "empty.npz", npz([], compressed=False))
    write("weights_fuzzer", "conv.safetensors", safetensors([
        ("conv1/weights", "F32", [3, 3, 1, 2], "<f", seq(18)),
        ("conv1/biases", "F32", [2], "<f", [0.1, -0.1])]))
    write("weights_fuzzer", "mixed.safetensors", safetensors([
        ("dense/kernel:0", "F64", [2, 2], "<d", seq(4)),
        ("step", "I64", [], "<q", [42]),
        ("ids", "I32", [3], "<i", [1, 2, 3]),
        ("none", "F32", [0], "<f", [])], metadata=False))

    write("checkpoint_fuzzer", "dense.ckpt", checkpoint(
        ["dense/w=float32:2,3", "dense/b=float32:3", "dense/w/Adam=float32:2,3",
         "global_step=int64", "vocab=string:2:ab,c"]))
    write("checkpoint_fuzzer", "partitioned.ckpt", checkpoint(
        ["--partition", "w:1:3", "w=float32:2,3,4", "b=float64:4",
         "ids=int32:3", "flags=bool:2", "pix=uint8:4"]))
    write("checkpoint_fuzzer", "blocks.ckpt", checkpoint(
        ["--block-size", "48"] + ["layer%d/kernel=float32:2" % i
                                   for i in range(12)]))


if __name__ == "__main__":
    main()
