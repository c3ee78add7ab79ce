# RUN: %difftest %s
# Recursion: factorial, mutual recursion, recursive data walking, deep
# (but bounded) recursion.


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


def depth(tree):
    if not isinstance(tree, dict) or not tree:
        return 0
    return 1 + max(depth(v) for v in tree.values())


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


print(fact(10), fact(20), is_even(10), is_odd(7), flatten([1, [2, (3, [4])], [], 5]))
print(depth({"a": {"b": {"c": 1}}, "d": 2}), count_down(500), hanoi(3, "A", "B", "C", []))
