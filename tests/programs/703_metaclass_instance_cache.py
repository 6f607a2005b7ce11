# Caching instances in a metaclass __call__: the metaclass keeps one WeakValueDictionary per
# class, keyed by the constructor arguments, so equal requests share an instance for as long
# as it lives; a singleton metaclass does the same with one entry per class.
import weakref


class Cached(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._cache = weakref.WeakValueDictionary()

    def __call__(cls, *args):
        obj = cls._cache.get(args)
        if obj is not None:
            print(f"  {cls.__name__}{args}: cached")
            return obj
        obj = super().__call__(*args)
        cls._cache[args] = obj
        print(f"  {cls.__name__}{args}: created, {len(cls._cache)} cached")
        return obj


class Spam(metaclass=Cached):
    def __init__(self, name, size=1):
        print(f"  Spam.__init__({name!r}, {size})")
        self.name, self.size = name, size

    def __del__(self):
        print(f"  Spam.__del__ {self.name}")


class Egg(Spam):
    pass


a = Spam("a")
b = Spam("a")
c = Spam("a", 2)
print(a is b, a is c, sorted(Spam._cache.keys()))
e = Egg("a")
print(e is a, sorted(Egg._cache.keys()), Egg._cache is Spam._cache)
del a
print("del a:", sorted(Spam._cache.keys()))
del b
print("del b:", sorted(Spam._cache.keys()))
print(Spam("a") is not None)
print("after a temporary:", sorted(Spam._cache.keys()))
c2 = Spam("a", 2)
print(c2 is c)
del c, c2
print("all gone:", list(Spam._cache.items()), len(Egg._cache))
del e
print(len(Egg._cache))


class Singleton(type):
    _instances = weakref.WeakValueDictionary()

    def __call__(cls, *args, **kwargs):
        try:
            instance = Singleton._instances[cls]
            print(f"  {cls.__name__}: the existing instance")
        except KeyError:
            instance = super().__call__(*args, **kwargs)
            Singleton._instances[cls] = instance
            print(f"  {cls.__name__}: a new instance")
        return instance


class Config(metaclass=Singleton):
    def __init__(self):
        print("  Config.__init__")
        self.values = {}

    def __del__(self):
        print("  Config.__del__")


class Logger(metaclass=Singleton):
    def __del__(self):
        print("  Logger.__del__")


c1 = Config()
c2 = Config()
log = Logger()
print(c1 is c2, [k.__name__ for k in Singleton._instances])
c1.values["debug"] = True
print(Config().values)
del c1
print([k.__name__ for k in Singleton._instances])
del c2
print([k.__name__ for k in Singleton._instances])
print(Config().values)
del log
print(len(Singleton._instances))
