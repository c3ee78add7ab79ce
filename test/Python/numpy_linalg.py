# RUN: %difftest %s
# REQUIRES: numpy
# np.linalg at compile time (Eigen in scopec, LAPACK in NumPy): singular
# vectors and QR factors may differ in sign, so this checks what both must
# satisfy: shapes, dtypes, reconstruction, orthogonality, values of norms,
# determinants and inverses; and baselines' ortho_init.
import numpy as np

np.random.seed(1)
for shape in [(4, 3), (3, 5), (6, 6)]:
    a = np.random.normal(0.0, 1.0, shape)
    u, s, vh = np.linalg.svd(a, full_matrices=False)
    k = min(shape)
    print(u.shape, s.shape, vh.shape, u.dtype, np.allclose(u @ np.diag(s) @ vh, a))
    print(np.allclose(u.T @ u, np.eye(k)), np.allclose(vh @ vh.T, np.eye(k)), bool((s[:-1] >= s[1:]).all()))
    uf, sf, vhf = np.linalg.svd(a)
    print(uf.shape, vhf.shape, np.allclose(uf @ uf.T, np.eye(shape[0])), np.allclose(sf, s))
    print(np.round(np.sort(np.linalg.svd(a, compute_uv=False)), 6).tolist() == np.round(np.sort(s), 6).tolist())
    q, r = np.linalg.qr(a)
    print(q.shape, r.shape, np.allclose(q @ r, a), np.allclose(q.T @ q, np.eye(q.shape[1])), all(abs(r[i, j]) < 1e-12 for i in range(r.shape[0]) for j in range(min(i, r.shape[1]))))

f = np.random.normal(size=(5, 3)).astype(np.float32)
u, s, vh = np.linalg.svd(f, full_matrices=False)
print(u.dtype, s.dtype, vh.dtype, np.allclose(u @ np.diag(s) @ vh, f, atol=1e-5))
m = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.round(np.linalg.inv(m), 6).tolist(), round(float(np.linalg.det(m)), 6), np.allclose(m @ np.linalg.inv(m), np.eye(2)))
print(round(float(np.linalg.det(np.eye(3) * 2)), 6), np.linalg.inv(np.eye(2, dtype=np.float32)).dtype)
v = np.array([3.0, 4.0])
print(np.linalg.norm(v), np.linalg.norm(v, 1), np.linalg.norm(v, np.inf), np.linalg.norm([1, 2, 2]))
x = np.arange(6.0).reshape(2, 3)
print(round(float(np.linalg.norm(x)), 6), round(float(np.linalg.norm(x, 'fro')), 6), round(float(np.linalg.norm(x, 2)), 6))
print(np.round(np.linalg.norm(x, axis=1), 6).tolist(), np.round(np.linalg.norm(x, axis=0, keepdims=True), 6).tolist())
print(np.linalg.norm(x, 1), np.linalg.norm(x, np.inf), np.linalg.norm(x.astype(np.float32)).dtype)
print(int(np.linalg.matrix_rank(np.ones((3, 3)))), np.allclose(np.linalg.pinv(m), np.linalg.inv(m)))

# openai/baselines' orthogonal initializer.
def ortho_init(scale=1.0):
    def _ortho_init(shape, dtype, partition_info=None):
        shape = tuple(shape)
        if len(shape) == 2:
            flat_shape = shape
        elif len(shape) == 4:
            flat_shape = (np.prod(shape[:-1]), shape[-1])
        else:
            raise NotImplementedError
        a = np.random.normal(0.0, 1.0, flat_shape)
        u, _, v = np.linalg.svd(a, full_matrices=False)
        q = u if u.shape == flat_shape else v
        q = q.reshape(shape)
        return (scale * q[:shape[0], :shape[1]]).astype(np.float32)
    return _ortho_init

for shape in [[64, 32], [32, 64], [3, 3, 4, 8]]:
    w = ortho_init(np.sqrt(2))(shape, np.float32)
    flat = w.reshape(-1, shape[-1])
    gram = flat.T @ flat if flat.shape[0] >= flat.shape[1] else flat @ flat.T
    print(w.shape, w.dtype, np.allclose(gram, 2 * np.eye(gram.shape[0]), atol=1e-4))

def attempt(f):
    try:
        f()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)

attempt(lambda: np.linalg.norm(x, 'nuc', axis=0))
