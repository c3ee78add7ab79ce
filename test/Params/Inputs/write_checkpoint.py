"""Writes a TensorFlow checkpoint (TensorBundle V2) for scopec's tests.

Written from the format's description (docs/user-guide.md, "Weights
files"), not from TensorFlow's code, so the tests can make any part of it
wrong on purpose:

  PREFIX.index   a LevelDB-format table: data blocks of prefix-compressed
                 keys with restart points, a metaindex block, an index
                 block, each followed by a type byte and a masked CRC-32C,
                 and a 48-byte footer ending in 0xdb4775248b80fb57. Keys:
                 "" -> BundleHeaderProto, NAME -> BundleEntryProto, and one
                 OrderedCode key per slice of a partitioned variable.
  PREFIX.data-00000-of-0000N   raw little-endian bytes.

Usage: write_checkpoint.py PREFIX [options] NAME=SPEC...
  SPEC is DTYPE:SHAPE[:VALUES]: float32:2,3 (values 0, 0.5, 1, ... by
  default), int64::7 (a scalar), float64:3:1,2,3, string:2:ab,c,
  float32:3,3:@5 (numpy.random.default_rng(5).standard_normal).
Options:
  --shards N            spread tensors over N data files (round robin)
  --partition NAME:AXIS:PARTS   store NAME as PARTS slices along AXIS
  --block-size N        data block size of the index (default 4096)
  --state DIR:PATH      also write DIR/checkpoint naming PATH
  --corrupt KIND        bad-data-crc, bad-block-crc, bad-magic, truncated-data,
                        truncated-index, lying-size, offset-past-end,
                        big-endian, new-version, no-header, huge-tensor,
                        missing-slice, overlapping-slices, bad-entry,
                        compression-type, unsorted-keys, huge-block-handle
"""
import argparse
import os
import struct
import sys

import numpy as np

DTYPES = {"float32": (1, np.float32), "float64": (2, np.float64),
          "int32": (3, np.int32), "uint8": (4, np.uint8),
          "int8": (6, np.int8), "int64": (9, np.int64), "bool": (10, np.bool_),
          "string": (7, None), "half": (19, np.float16)}

# --- CRC-32C (Castagnoli), bitwise, and TF/LevelDB's masking ---------------
_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0x82F63B78 if _c & 1 else _c >> 1
    _TABLE.append(_c)


def crc32c(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = _TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def mask(crc):
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


# --- protobuf encoding -----------------------------------------------------
def varint(v):
    v &= (1 << 64) - 1  # negative int32/int64 take 10 bytes
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def field_varint(num, v):
    return varint(num << 3) + varint(v)


def field_bytes(num, data):
    return varint(num << 3 | 2) + varint(len(data)) + data


def field_fixed32(num, v):
    return varint(num << 3 | 5) + struct.pack("<I", v)


def shape_proto(shape):
    return b"".join(field_bytes(2, field_varint(1, d) if d else b"")
                    for d in shape)


def slice_proto(extents):
    out = b""
    for start, length in extents:
        ext = (field_varint(1, start) if start else b"")
        if length >= 0:
            ext += field_varint(2, length)
        out += field_bytes(1, ext)
    return out


def entry_proto(dtype, shape, shard=0, offset=0, size=0, crc=None,
                slices=()):
    out = field_varint(1, dtype) + field_bytes(2, shape_proto(shape))
    if shard:
        out += field_varint(3, shard)
    if offset:
        out += field_varint(4, offset)
    if size:
        out += field_varint(5, size)
    if crc is not None:
        out += field_fixed32(6, crc)
    for s in slices:
        out += field_bytes(7, slice_proto(s))
    return out


def header_proto(num_shards, endianness=0, producer=1, min_consumer=0):
    version = field_varint(1, producer)
    if min_consumer:
        version += field_varint(2, min_consumer)
    out = field_varint(1, num_shards)
    if endianness:
        out += field_varint(2, endianness)
    return out + field_bytes(3, version)


# --- OrderedCode slice keys --------------------------------------------------
def num_increasing(v):
    body = v.to_bytes((v.bit_length() + 7) // 8, "big") if v else b""
    return bytes([len(body)]) + body


def ordered_string(s):
    # 0x00 -> 00 ff, 0xff -> ff 00, terminated by 00 01.
    escaped = {0: b"\x00\xff", 0xFF: b"\xff\x00"}
    return b"".join(escaped.get(c, bytes([c])) for c in s) + b"\x00\x01"


def signed_num_increasing(v):
    # Length n bytes hold 7n - 1 value bits after a unary header of n ones
    # (n = 9, 10 spill into the second byte); negative values are the
    # bitwise complement of the encoding of ~v.
    x = ~v if v < 0 else v
    n = 1
    while x >= 1 << (7 * n - 1) and n < 10:
        n += 1
    width = n * 8
    body = v & ((1 << width) - 1)  # two's complement in n bytes
    header_bits = {1: 0x80, 2: 0xC0, 3: 0xE0, 4: 0xF0, 5: 0xF8, 6: 0xFC,
                   7: 0xFE, 8: 0xFF, 9: 0xFF80, 10: 0xFFC0}[n]
    header_len = 1 if n <= 8 else 2
    header = header_bits << (width - 8 * header_len)
    return (body ^ header).to_bytes(n, "big")


def slice_key(name, extents):
    key = num_increasing(0) + ordered_string(name.encode())
    key += num_increasing(len(extents))
    for start, length in extents:
        key += signed_num_increasing(start) + signed_num_increasing(length)
    return key


# --- LevelDB table -------------------------------------------------------------
def block(entries, restart_interval=16):
    out, restarts, last = bytearray(), [], b""
    for i, (k, v) in enumerate(entries):
        shared = 0
        if i % restart_interval == 0:
            restarts.append(len(out))
        else:
            while shared < min(len(k), len(last)) and k[shared] == last[shared]:
                shared += 1
        out += varint(shared) + varint(len(k) - shared) + varint(len(v))
        out += k[shared:] + v
        last = k
    if not restarts:
        restarts = [0]
    for r in restarts:
        out += struct.pack("<I", r)
    out += struct.pack("<I", len(restarts))
    return bytes(out)


def table(entries, block_size, corrupt):
    out = bytearray()

    def put(contents, kind="data"):
        offset = len(out)
        trailer = b"\x02" if corrupt == "compression-type" and \
            kind == "data" else b"\x00"
        crc = mask(crc32c(contents + trailer))
        if corrupt == "bad-block-crc":
            crc ^= 1
        out.extend(contents + trailer + struct.pack("<I", crc))
        return varint(offset) + varint(len(contents))

    index, pending, size = [], [], 0
    for k, v in entries:
        pending.append((k, v))
        size += len(k) + len(v) + 3
        if size >= block_size:
            index.append((pending[-1][0], put(block(pending))))
            pending, size = [], 0
    if pending or not index:
        index.append((pending[-1][0] if pending else b"", put(block(pending))))
    if corrupt == "huge-block-handle":  # 32 GB claimed, checksums intact
        index[0] = (index[0][0], varint(0) + varint(1 << 35))
    meta = put(block([]), "meta")
    idx = put(block(index, restart_interval=1), "index")
    footer = meta + idx
    footer += b"\x00" * (40 - len(footer))
    magic = 0xDB4775248B80FB57 ^ (1 if corrupt == "bad-magic" else 0)
    out += footer + struct.pack("<Q", magic)
    return bytes(out)


def parse_spec(spec):
    name, rest = spec.split("=", 1)
    parts = rest.split(":")
    dtype = parts[0]
    shape = [int(d) for d in parts[1].split(",") if d] if len(parts) > 1 else []
    count = int(np.prod(shape)) if shape else 1
    if dtype == "string":
        values = parts[2].split(",") if len(parts) > 2 and parts[2] else \
            [""] * count
        return name, dtype, shape, [v.encode() for v in values]
    np_type = DTYPES[dtype][1]
    if len(parts) > 2 and parts[2].startswith("@"):
        rng = np.random.default_rng(int(parts[2][1:]))
        return name, dtype, shape, rng.standard_normal(shape).astype(
            DTYPES[dtype][1])
    if len(parts) > 2 and parts[2]:
        values = np.array([float(v) for v in parts[2].split(",")])
    else:
        values = np.arange(count) * 0.5 + (1 if dtype.startswith("int") else 0)
    return name, dtype, shape, values.astype(np_type).reshape(shape)


def string_bytes(values):
    lengths = b"".join(varint(len(v)) for v in values)
    length_crc = crc32c(b"".join(struct.pack("<I", len(v)) for v in values))
    return lengths + struct.pack("<I", mask(length_crc)) + b"".join(values)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prefix")
    ap.add_argument("tensors", nargs="*")
    ap.add_argument("--shards", type=int, default=1)
    ap.add_argument("--partition", action="append", default=[])
    ap.add_argument("--block-size", type=int, default=4096)
    ap.add_argument("--state")
    ap.add_argument("--corrupt")
    args = ap.parse_intermixed_args()
    corrupt = args.corrupt
    partitions = {}
    for p in args.partition:
        name, axis, parts = p.split(":")
        partitions[name] = (int(axis), int(parts))

    shards = [bytearray() for _ in range(args.shards)]
    entries = {}
    stored = [0]

    def store(key, dtype_name, shape, data, crc=None):
        shard = stored[0] % args.shards
        stored[0] += 1
        offset = len(shards[shard])
        shards[shard] += data
        crc = crc32c(data) if crc is None else crc
        if corrupt == "bad-data-crc":
            crc ^= 0x10
        size = len(data)
        if corrupt == "lying-size":
            size += 4
        if corrupt == "offset-past-end":
            offset += 1 << 20
        entries[key] = entry_proto(DTYPES[dtype_name][0], shape, shard,
                                   offset, size, mask(crc))

    for spec in args.tensors:
        name, dtype, shape, values = parse_spec(spec)
        if dtype == "string":
            data = string_bytes(values)
            store(name.encode(), dtype, shape, data)
            continue
        if corrupt == "huge-tensor":
            shape = [1 << 38]  # a 1 TB float32 tensor, with a tiny data file
            entries[name.encode()] = entry_proto(1, shape, 0, 0, 4 << 38, 0)
            continue
        if name not in partitions:
            store(name.encode(), dtype, shape,
                  np.ascontiguousarray(values).astype(
                      values.dtype.newbyteorder("<")).tobytes())
            continue
        axis, parts = partitions[name]
        bounds = np.linspace(0, shape[axis], parts + 1).astype(int)
        slices = []
        for i in range(parts):
            extents = [(0, -1)] * len(shape)
            extents[axis] = (int(bounds[i]), int(bounds[i + 1] - bounds[i]))
            if corrupt == "overlapping-slices" and i == 1:
                extents[axis] = (0, int(bounds[2]))
            slices.append(extents)
            index = [slice(None)] * len(shape)
            index[axis] = slice(extents[axis][0],
                                extents[axis][0] + extents[axis][1])
            part = np.ascontiguousarray(values[tuple(index)])
            if corrupt == "missing-slice" and i == parts - 1:
                continue
            key = slice_key(name, extents)
            store(key, dtype, list(part.shape), part.tobytes())
        entries[name.encode()] = entry_proto(DTYPES[dtype][0], shape,
                                             slices=slices)

    if corrupt == "bad-entry":
        entries[sorted(entries)[-1]] = b"\x0a\xff"  # shape: length past end
    header = header_proto(args.shards,
                          endianness=1 if corrupt == "big-endian" else 0,
                          min_consumer=7 if corrupt == "new-version" else 0)
    items = [] if corrupt == "no-header" else [(b"", header)]
    items += sorted(entries.items(), reverse=corrupt == "unsorted-keys")
    index = table(items, args.block_size, corrupt)
    if corrupt == "truncated-index":
        index = index[:-10]
    os.makedirs(os.path.dirname(os.path.abspath(args.prefix)), exist_ok=True)
    with open(args.prefix + ".index", "wb") as f:
        f.write(index)
    for i, data in enumerate(shards):
        if corrupt == "truncated-data":
            data = data[:len(data) // 2]
        with open("%s.data-%05d-of-%05d" % (args.prefix, i, args.shards),
                  "wb") as f:
            f.write(data)
    if args.state:
        directory, path = args.state.split(":", 1)
        path = path.replace("\\", "\\\\").replace('"', '\\"')  # text format
        with open(os.path.join(directory, "checkpoint"), "w") as f:
            f.write('model_checkpoint_path: "%s"\n' % path)
            f.write('all_model_checkpoint_paths: "%s"\n' % path)


if __name__ == "__main__":
    main()
