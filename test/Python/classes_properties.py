# RUN: %difftest %s
# @property with getters, setters and deleters; read-only properties;
# properties in subclasses.


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value

    @celsius.deleter
    def celsius(self):
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
t.celsius += 10
print(t.celsius)
del t.celsius
print(t.celsius, type(Temperature.celsius).__name__)


class Shape:
    @property
    def area(self):
        return 0

    @property
    def name(self):
        return type(self).__name__.lower() + "(%s)" % self.area


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side ** 2


print(Shape().name, Square(3).name, [s.area for s in (Square(1), Square(2))])
