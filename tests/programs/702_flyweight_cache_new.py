# A flyweight cache in __new__: one instance per key while someone uses it. The cache holds
# its instances weakly, so an instance dies with its last strong reference and a later
# request makes a fresh one.
import gc
import weakref


class Color:
    _cache = weakref.WeakValueDictionary()

    def __new__(cls, name):
        self = cls._cache.get(name)
        if self is None:
            print(f"  creating {name}")
            self = super().__new__(cls)
            self.name = name
            cls._cache[name] = self
        else:
            print(f"  reusing {name}")
        return self

    def __init__(self, name):
        print(f"  __init__ {name}")

    def __repr__(self):
        return f"Color({self.name})"

    def __del__(self):
        print(f"  __del__ {self.name}: still cached? {self.name in Color._cache}, cache size {len(Color._cache)}")


def cached():
    return sorted(Color._cache.keys())


print("red twice")
r1 = Color("red")
r2 = Color("red")
print(r1 is r2, cached())
print("blue")
b = Color("blue")
print(cached())
print("drop one red reference")
del r1
print(cached())
print("drop the other")
del r2
print(cached())
print("red again makes a new one")
r3 = Color("red")
print(cached(), len(Color._cache))

print("a temporary dies at once")
print(Color("green"))
print(cached())

print("rebinding a name drops the old instance")
b = Color("yellow")
print(cached())

print("many users of one instance")
palette = [Color("red") for _ in range(3)]
print(all(p is r3 for p in palette), cached())
del r3
print(cached())
palette.clear()
print(cached())


class Point:
    """Interned points: equal coordinates give the same object."""
    _instances = weakref.WeakValueDictionary()

    def __new__(cls, x, y):
        key = (x, y)
        try:
            return cls._instances[key]
        except KeyError:
            self = super().__new__(cls)
            cls._instances[key] = self
            print(f"  new Point{key}")
            return self

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __del__(self):
        print(f"  Point({self.x}, {self.y}) collected")


print("points")
p = Point(1, 2)
q = Point(1, 2)
s = Point(3, 4)
print(p is q, len(Point._instances), sorted(Point._instances))
del p, q
print(sorted(Point._instances))
pts = [Point(i, i) for i in range(3)]
print(sorted(Point._instances))
del pts[1]
print(sorted(Point._instances))
del pts
gc.collect()
print(sorted(Point._instances), len(Point._instances))
del b, s
print(cached(), sorted(Point._instances))
print("end")
