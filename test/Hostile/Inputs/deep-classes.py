# A class hierarchy deepened in a loop: each class's MRO copies its base's,
# so memory grows with the square of the depth; the limits stop it.
class Base:
    pass


C = Base
for i in range(1000000):
    class C(C):
        pass
