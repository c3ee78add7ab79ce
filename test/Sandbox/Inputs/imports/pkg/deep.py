from ... import evil
