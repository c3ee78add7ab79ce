print("loading", __name__)
from .deep import depth
from . import deep
