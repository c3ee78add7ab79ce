from .filters import image_filter
from . import filters
NAME = __name__ + "/" + __package__
