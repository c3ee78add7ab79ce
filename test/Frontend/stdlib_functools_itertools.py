# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# functools and itertools (itertools results are lists here: they are
# consumed with list() or a for loop, as under CPython).
import functools
import itertools
from functools import partial, reduce, wraps, lru_cache

print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(max, [], 7), reduce(lambda a, b: a * b, range(1, 5), 10))
# CHECK: 6 7 240
p = partial(max, 3, key=abs)
print(p(-5), p(1), p(1, key=lambda x: -x))
# CHECK-NEXT: -5 3 1
# (Decorator syntax is not parsed yet: decorators are applied by hand.)
calls = []
def square(x):
    calls.append(x)
    return x * x
square = lru_cache(maxsize=None)(square)
print(square(3), square(3), square(4), calls)
# CHECK-NEXT: 9 9 16 [3, 4]
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = functools.lru_cache(fib)
print(fib(60))
# CHECK-NEXT: 1548008755920
small = []
def ident(x):
    small.append(x)
    return x
ident = lru_cache(maxsize=1)(ident)
print(ident(1), ident(2), ident(1), small)
# CHECK-NEXT: 1 2 1 [1, 2, 1]
def deco(f):
    def wrapper(*args):
        return f(*args) + 1
    return wraps(f)(wrapper)
def one():
    return 1
one = deco(one)
print(one())
# CHECK-NEXT: 2
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.product("ab", [0, 1])))
# CHECK-NEXT: [1, 2, 'a', 'b', 3] [('a', 0), ('a', 1), ('b', 0), ('b', 1)]
print(list(itertools.product([0, 1], repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
# CHECK-NEXT: [(0, 0), (0, 1), (1, 0), (1, 1)] [(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)]
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
# CHECK-NEXT: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [('a', 'a'), ('a', 'b'), ('b', 'b')]
print(list(itertools.permutations(range(3), 4)), list(itertools.repeat("x", 3)), list(itertools.islice(range(10), 2, None, 3)))
# CHECK-NEXT: [] ['x', 'x', 'x'] [2, 5, 8]
print(list(itertools.zip_longest([1, 2], [3], fillvalue=0)), list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.accumulate([3, 1, 4], max)))
# CHECK-NEXT: [(1, 3), (2, 0)] [10, 11, 13, 16] [3, 3, 4]
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
# CHECK-NEXT: [8, 9] [1, 2] [5, 1]
print(list(itertools.filterfalse(None, [0, 1, 2, 0])), list(itertools.compress("abc", [1, 0, 1])))
# CHECK-NEXT: [0, 0] ['a', 'c']
for i, (a, b) in enumerate(itertools.product(range(2), range(2))):
    print(i, a, b, end="; ")
print()
# CHECK-NEXT: 0 0 0; 1 0 1; 2 1 0; 3 1 1;
# CHECK-NEXT: {{.*}}stdlib_functools_itertools.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}r must be non-negative
itertools.permutations([1], -1)
