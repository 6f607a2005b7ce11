class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = ns.get("fields", ())
        def __repr__(self):
            args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{name}({args})"
        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError(f"{name} expects {len(fields)} args, got {len(args)}")
            for f, a in zip(fields, args):
                setattr(self, f, a)
        ns["__repr__"] = __repr__
        ns["__init__"] = __init__
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

class Point(metaclass=AutoRepr):
    fields = ("x", "y")

p = Point(1, "二")
print(p, Point.created_by)
print(Point.__init__.__qualname__)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
class P3(Point):
    fields = ("x", "y", "z")
print(P3(1, 2, 3))
