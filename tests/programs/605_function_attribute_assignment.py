def f(a, b=1, *, c=2): return a, b, c
for name, val in [("__defaults__", [1]), ("__kwdefaults__", 5), ("__name__", 3), ("__qualname__", None), ("__doc__", 3), ("__module__", 4), ("__code__", 1), ("__globals__", {}), ("__closure__", None), ("__annotations__", 1), ("__dict__", 3)]:
    try:
        setattr(f, name, val)
        print(name, "ok", getattr(f, name))
    except Exception as e:
        print(name, type(e).__name__, e)
for name in ["__defaults__", "__kwdefaults__", "__name__", "__qualname__", "__doc__", "__module__", "__annotations__", "__dict__"]:
    try:
        delattr(f, name)
        print("del", name, "ok", getattr(f, name, "MISSING"))
    except Exception as e:
        print("del", name, type(e).__name__, e)
def g(a, b=1, *, c=2): return a, b, c
g.__defaults__ = (5, 6)
print(g(0) if False else g.__defaults__)
print(g(0, c=0))
g.__defaults__ = None
try: g(1)
except TypeError as e: print(e)
g.__kwdefaults__ = {"c": 9}
print(g(1, 2))
g.__kwdefaults__ = None
try: g(1, 2)
except TypeError as e: print(e)
print(g.__annotations__, g.__module__)
