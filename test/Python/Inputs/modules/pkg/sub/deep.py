print("loading", __name__)
from .. import VERSION as _version  # the parent package is initialized first


def depth():
    return __name__.count(".") + 1
