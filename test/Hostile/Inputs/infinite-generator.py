# Materializing an infinite generator stops at the sequence limit.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


xs = list(naturals())
