import evil
print("X =", evil.X)
