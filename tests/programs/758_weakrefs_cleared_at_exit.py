# At exit the module's globals are garbage of CPython's final collection (the functions the
# program defines refer back to them), so the weak references to what they hold are cleared
# before the first __del__ runs: a flyweight cache no longer finds its instance, a weakref
# returns None, and only callbacks of weak references that are not garbage themselves run.
import weakref


class Color:
    _cache = weakref.WeakValueDictionary()

    def __new__(cls, name):
        self = cls._cache.get(name)
        if self is None:
            self = super().__new__(cls)
            self.name = name
            cls._cache[name] = self
        return self

    def __del__(self):
        print(f"__del__ {self.name}: cached? {self.name in Color._cache}, entries {len(Color._cache)}")


red = Color("red")
print(Color("red") is red, sorted(Color._cache))
blue = Color("blue")
del blue
print("blue gone while running:", sorted(Color._cache))


class Node:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, r() is None, sorted(reg), len(reg), len(ws), self in ws, kd.get(self))


reg = weakref.WeakValueDictionary()
ws = weakref.WeakSet()
kd = weakref.WeakKeyDictionary()
x = Node(1)
y = Node(2)
reg["x"] = x
reg["y"] = y
ws.add(x)
kd[y] = "y"
r = weakref.ref(x)
fin = weakref.finalize(y, print, "finalize y (an atexit call, before the collection)")
cb = weakref.ref(x, lambda ref: print("never: this weakref is garbage too"))
print("end of program")
