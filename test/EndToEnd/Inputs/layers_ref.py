"""Inputs and numpy references of layers.py, from the formulas TF documents
for its layers (NHWC, HWIO kernels, SAME padding split with the extra pixel
after, average pooling over the valid pixels of a window)."""
import numpy as np


def pattern(shape, phase, scale=0.5):
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.7 + phase) * scale).reshape(shape)


def inputs(rng):
    return {
        "x": rng.normal(0.0, 1.0, (4, 6)).astype(np.float32),
        "seq": rng.normal(0.0, 1.0, (2, 3, 6)).astype(np.float32),
        "img": rng.normal(0.0, 1.0, (2, 9, 9, 3)).astype(np.float32),
    }


def same_pads(size, k, stride):
    out = -(-size // stride)
    total = max((out - 1) * stride + k - size, 0)
    return total // 2, total - total // 2


def conv2d(x, w, stride, same):
    kh, kw = w.shape[:2]
    if same:
        (t, b), (l, r) = same_pads(x.shape[1], kh, stride[0]), same_pads(
            x.shape[2], kw, stride[1])
        x = np.pad(x, ((0, 0), (t, b), (l, r), (0, 0)))
    oh = (x.shape[1] - kh) // stride[0] + 1
    ow = (x.shape[2] - kw) // stride[1] + 1
    y = np.zeros((x.shape[0], oh, ow, w.shape[3]))
    for i in range(oh):
        for j in range(ow):
            patch = x[:, i * stride[0]:i * stride[0] + kh,
                      j * stride[1]:j * stride[1] + kw, :]
            y[:, i, j, :] = np.tensordot(patch, w, axes=3)
    return y


def pool(x, k, stride, same, reduce):
    pads = [same_pads(x.shape[d], k, stride) if same else (0, 0)
            for d in (1, 2)]
    oh = (x.shape[1] + sum(pads[0]) - k) // stride + 1
    ow = (x.shape[2] + sum(pads[1]) - k) // stride + 1
    y = np.zeros((x.shape[0], oh, ow, x.shape[3]))
    for i in range(oh):
        for j in range(ow):
            r0, c0 = i * stride - pads[0][0], j * stride - pads[1][0]
            window = x[:, max(r0, 0):r0 + k, max(c0, 0):c0 + k, :]
            y[:, i, j, :] = reduce(window, axis=(1, 2))
    return y


def batch_norm(x, mean, var, offset, scale, eps):
    return (x - mean) / np.sqrt(var + eps) * scale + offset


def references(v):
    x, seq, img = (v[k].astype(np.float64) for k in ("x", "seq", "img"))
    fc = np.maximum(x @ pattern([6, 5], 0.0) + pattern([5], 1.0), 0)
    c1 = np.maximum(
        conv2d(img, pattern([3, 3, 3, 4], 4.0), (1, 1), True) +
        pattern([4], 5.0), 0)
    c1_mean, c1_var = c1.mean(axis=(0, 1, 2)), c1.var(axis=(0, 1, 2))
    return {
        "dense": fc,
        "dense3": seq @ pattern([6, 4], 2.0) + pattern([4], 3.0),
        "conv_valid": conv2d(img, pattern([3, 2, 3, 2], 6.0), (2, 1), False),
        "flat": pool(c1, 2, 2, False, np.max).reshape(2, -1),
        "avg": pool(c1, 3, 2, True, np.mean),
        "bn_inference": batch_norm(c1, pattern([4], 9.0),
                                   1.5 + pattern([4], 10.0),
                                   pattern([4], 8.0),
                                   pattern([4], 7.0, 1.0), 1e-3),
        "bn_fused_training": batch_norm(c1, c1_mean, c1_var, 0.0, 1.0, 1e-3),
        "bn_training": batch_norm(fc, fc.mean(axis=0), fc.var(axis=0), 0.0,
                                  1.0, 0.01),
    }
