class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point.__dict__.keys())
print(Point.__annotations__)
print(Point.y)
def f(a: int, b: "str" = "s", *args: int, c: float = 1.0, **kw: dict) -> bool:
    v: int = 5
    return True
print(f.__annotations__)
x: int = 3
y: list
print(__annotations__)
def g(): pass
print(g.__annotations__)
class E: pass
print(E.__annotations__, "__annotations__" in E.__dict__)
class Log(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
class M(type):
    @classmethod
    def __prepare__(m, n, b):
        return Log()
def ann(x):
    print("eval ann", x)
    return x
def val(x):
    print("eval val", x)
    return x
class C(metaclass=M):
    "Doc."
    a: ann("A") = val(1)
    if True:
        b: ann("B")
    self_x = 1
    (c): ann("C") = val(3)
print(C.__annotations__)
def f(p: ann("p") = val("d"), *, q: ann("q") = val("kd")) -> ann("ret"):
    z: ann("never") = 1
f()
