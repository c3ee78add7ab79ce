print("loading", __name__)
from . import sub


def dense(x, units=4):
    return "dense(%s, %d)" % (x, units)


def nested():
    return sub.deep.depth()
