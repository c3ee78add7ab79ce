# __repr__ calling repr(self) recurses without bound.
class Node:
    def __repr__(self):
        return "Node(%r)" % (self,)


print(Node())
