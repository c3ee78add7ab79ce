"""Inputs and numpy references of conv_variants.py. A transposed
convolution is, by TF's definition, the transpose of conv2d's linear map:
the references build conv2d's matrix column by column (conv2d of unit
images) and apply its transpose. The other ops follow the formulas TF
documents (NHWC; SAME padding with the extra pixel after; dilation rate r
samples every r-th pixel)."""
import numpy as np


def pattern(shape, phase, scale=0.5):
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.7 + phase) * scale).reshape(shape)


def inputs(rng):
    return {
        "x": rng.normal(0.0, 1.0, (2, 5, 4, 3)).astype(np.float32),
        "seq": rng.normal(0.0, 1.0, (2, 7, 3)).astype(np.float32),
        "wide": rng.normal(0.0, 1.0, (1, 3, 20, 5)).astype(np.float32),
        "xs": rng.normal(0.0, 1.0, (1, 4, 5, 16)).astype(np.float32),
        "xb": rng.normal(0.0, 1.0, (2, 5, 7, 32)).astype(np.float32),
        "xt": rng.normal(0.0, 1.0, (2, 3, 4, 16)).astype(np.float32),
    }


def same_pads(size, k, stride, rate):
    k = (k - 1) * rate + 1
    out = -(-size // stride)
    total = max((out - 1) * stride + k - size, 0)
    return total // 2, total - total // 2


def conv2d(x, w, stride, same, rate=(1, 1)):
    """x NHWC, w [KH, KW, C, O]."""
    kh, kw = w.shape[:2]
    if same:
        x = np.pad(x, ((0, 0), same_pads(x.shape[1], kh, stride[0], rate[0]),
                       same_pads(x.shape[2], kw, stride[1], rate[1]),
                       (0, 0)))
    eh, ew = (kh - 1) * rate[0] + 1, (kw - 1) * rate[1] + 1
    oh = (x.shape[1] - eh) // stride[0] + 1
    ow = (x.shape[2] - ew) // stride[1] + 1
    y = np.zeros((x.shape[0], oh, ow, w.shape[3]))
    for i in range(oh):
        for j in range(ow):
            patch = x[:, i * stride[0]:i * stride[0] + eh:rate[0],
                      j * stride[1]:j * stride[1] + ew:rate[1], :]
            y[:, i, j, :] = np.tensordot(patch, w, axes=3)
    return y


def conv2d_transpose(x, w, out_shape, stride, same, rate=(1, 1)):
    """x NHWC, w [KH, KW, F, C]: the transpose of conv2d (w as HWIO with
    I = F, O = C) from out_shape to x's shape, per image."""
    n, oh, ow, f = out_shape
    size = oh * ow * f
    columns = []
    for k0 in range(0, size, 256):  # unit images, 256 at a time
        units = np.zeros((min(256, size - k0), oh * ow * f))
        units[np.arange(units.shape[0]), k0 + np.arange(units.shape[0])] = 1.0
        y = conv2d(units.reshape(-1, oh, ow, f), w, stride, same, rate)
        columns.extend(y.reshape(units.shape[0], -1))
    matrix = np.stack(columns, axis=1)  # conv2d: out_shape image -> x image
    assert matrix.shape[0] == np.prod(x.shape[1:])
    return np.stack([(matrix.T @ x[b].ravel()).reshape(oh, ow, f)
                     for b in range(n)])


def depthwise(x, w, stride, same, rate=(1, 1)):
    """w [KH, KW, C, M]: channel c's M filters give channels c*M + m."""
    c, m = w.shape[2], w.shape[3]
    outs = [conv2d(x[..., ci:ci + 1], w[:, :, ci:ci + 1, :], stride, same,
                   rate) for ci in range(c)]
    y = np.stack(outs, axis=3)  # N, OH, OW, C, M
    return y.reshape(y.shape[0], y.shape[1], y.shape[2], c * m)


def relu(v):
    return np.maximum(v, 0.0)


def references(inputs):
    x = inputs["x"].astype(np.float64)
    seq = inputs["seq"].astype(np.float64)
    wide = inputs["wide"].astype(np.float64)
    t5 = conv2d_transpose(x, pattern([3, 3, 2, 3], 4.0), (2, 10, 8, 2),
                          (2, 2), True) + pattern([2], 5.0)
    # Keras' glorot/zeros defaults for the bias.
    t6 = conv2d_transpose(x, pattern([3, 3, 2, 3], 6.0), (2, 9, 8, 2),
                          (2, 2), True)
    sep = depthwise(x, pattern([3, 3, 3, 2], 9.0), (1, 1), True)
    sep = np.tensordot(sep, pattern([1, 1, 6, 4], 10.0)[0, 0], axes=1) + \
        pattern([4], 11.0)
    c1 = conv2d(seq[:, None], pattern([3, 3, 5], 12.0)[None], (1, 2),
                True)[:, 0]
    norm = x / np.sqrt(np.maximum(np.sum(x * x, axis=3, keepdims=True),
                                  1e-12)) * pattern([3], 14.0)
    refs = {
        "t_same": conv2d_transpose(x, pattern([3, 3, 4, 3], 0.0),
                                   (2, 10, 8, 4), (2, 2), True),
        "t_valid": conv2d_transpose(x, pattern([3, 2, 2, 3], 1.0),
                                    (2, 11, 8, 2), (2, 2), False),
        "t_odd": conv2d_transpose(x, pattern([4, 4, 2, 3], 2.0),
                                  (2, 9, 7, 2), (2, 2), True),
        "t_atrous": conv2d_transpose(x, pattern([3, 3, 2, 3], 3.0),
                                     (2, 9, 8, 2), (1, 1), False, (2, 2)),
        "t_layer": relu(t5),
        "t_keras": t6,
        "d_stride": depthwise(x, pattern([3, 2, 3, 2], 7.0), (2, 2), True),
        "t_single": conv2d_transpose(x[:1], pattern([3, 3, 4, 3], 15.0),
                                     (1, 10, 8, 4), (2, 2), True),
        "d_wide": depthwise(wide, pattern([3, 3, 5, 8], 16.0), (1, 1), True),
        "d_rate": depthwise(x, pattern([2, 2, 3, 1], 8.0), (1, 1), False,
                            (2, 1)),
        "separable": sep,
        "conv1d": c1,
        "atrous": conv2d(x, pattern([2, 3, 3, 2], 13.0), (1, 1), True,
                         (2, 2)),
        "l2_swish": norm / (1.0 + np.exp(-norm)),
    }
    xs = inputs["xs"].astype(np.float64)
    xb = inputs["xb"].astype(np.float64)
    xt = inputs["xt"].astype(np.float64)
    for name, inp, k, f, out_hw, stride, same, phase in [
            ("dot_same", xs, [5, 5], 7, [8, 10], 2, True, 17.0),
            ("dot_odd", xs, [4, 4], 5, [7, 9], 2, True, 18.0),
            ("dot_valid", xs, [3, 3], 13, [9, 11], 2, False, 19.0),
            ("dot_s1", xs, [3, 3], 6, [4, 5], 1, True, 20.0),
            ("pack_same", xb, [5, 5], 40, [10, 14], 2, True, 21.0),
            ("pack_odd", xb, [4, 4], 16, [9, 13], 2, True, 22.0),
            ("pack_valid", xb, [3, 3], 24, [11, 15], 2, False, 23.0),
            ("pack_s1", xb, [3, 3], 16, [5, 7], 1, True, 24.0),
            ("narrow", xb, [5, 5], 3, [10, 14], 2, True, 25.0),
            ("small_same", xt, [5, 5], 7, [6, 8], 2, True, 28.0),
            ("small_odd", xt[:1], [4, 4], 5, [5, 7], 2, True, 29.0),
            ("small_valid", xt[:1, :2, :3], [3, 3], 6, [5, 7], 2, False,
             30.0)]:
        refs["t_" + name] = conv2d_transpose(
            inp, pattern(k + [f, inp.shape[3]], phase),
            (inp.shape[0], out_hw[0], out_hw[1], f), (stride, stride), same)
    refs["t_dot_atrous"] = conv2d_transpose(
        xs, pattern([3, 3, 4, 16], 26.0), (1, 8, 9, 4), (1, 1), False, (2, 2))
    refs["t_pack_atrous"] = conv2d_transpose(
        xb, pattern([3, 3, 16, 32], 27.0), (2, 9, 11, 16), (1, 1), False,
        (2, 2))
    refs["t_small_atrous"] = conv2d_transpose(
        xt[:1, :1, :2], pattern([2, 2, 4, 16], 31.0), (1, 3, 4, 4), (1, 1),
        False, (2, 2))
    return refs
