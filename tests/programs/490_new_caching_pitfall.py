class Color:
    _cache = {}
    def __new__(cls, name):
        if name in cls._cache:
            print("缓存命中", name)
            return cls._cache[name]
        obj = super().__new__(cls)
        cls._cache[name] = obj
        return obj
    def __init__(self, name):
        print("__init__", name)
        self.name = name
        self.uses = getattr(self, "uses", 0) + 1

r1 = Color("red")
r1.extra = "set later"
r2 = Color("red")
print(r1 is r2, r2.uses, r2.extra)
class Shade(Color):
    pass
s = Shade("red")
print(type(s).__name__, s is r1, s.uses)
print(sorted(Color._cache), Shade._cache is Color._cache)
