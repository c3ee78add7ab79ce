# RUN: %difftest %s
# @staticmethod and @classmethod: called on the class and on instances,
# alternative constructors, cls in subclasses.


class Config:
    defaults = {"units": 8}
    count = 0

    def __init__(self, **kw):
        self.values = dict(self.defaults)
        self.values.update(kw)
        type(self).count += 1

    @staticmethod
    def parse(text):
        key, value = text.split("=")
        return key.strip(), int(value)

    @classmethod
    def from_text(cls, text):
        k, v = cls.parse(text)
        return cls(**{k: v})

    @classmethod
    def kind(cls):
        return cls.__name__


class BigConfig(Config):
    defaults = {"units": 1024, "layers": 3}


c = Config.from_text("units = 16")
d = BigConfig.from_text("layers=5")
print(c.values, d.values, type(d).__name__, Config.parse("a=1"), c.parse("b=2"))
print(Config.kind(), BigConfig.kind(), d.kind(), Config.count, BigConfig.count)
f = Config.parse
g = BigConfig.from_text
print(f("z=0"), g("units=2").values)
