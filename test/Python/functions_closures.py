# RUN: %difftest %s
# Closures capture variables (not values), nonlocal, global, late binding
# in loops, closures over loop variables with default arguments.


def make_counter(start):
    count = start

    def inc(by=1):
        nonlocal count
        count += by
        return count

    def get():
        return count
    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter(0)
print(inc2(), get(), get2())
funcs = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs], [fn() for fn in bound])
total = 0
names = []


def record(name):
    global total
    total += 1
    names.append(name)


record("a")
record("b")
print(total, names)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x


print(outer())


def make_scope_namer(prefix):
    used = {}

    def name(base):
        n = used.get(base, 0)
        used[base] = n + 1
        return "%s/%s" % (prefix, base if n == 0 else "%s_%d" % (base, n))
    return name


namer = make_scope_namer("model")
print([namer(b) for b in ["conv", "conv", "fc", "conv"]])


def set_global():
    global created_later
    created_later = 42


set_global()
print(created_later)
x = 5


def shadow():
    x = 1
    return x


print(shadow(), x)
