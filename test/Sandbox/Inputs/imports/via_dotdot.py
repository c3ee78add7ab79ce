from .. import evil
