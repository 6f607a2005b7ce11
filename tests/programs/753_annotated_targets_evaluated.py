# An annotated target without a value: CPython still evaluates the target's object and
# subscript (slice bounds, tuple items) in every scope, then the annotation in a module or
# class body only, storing it for a simple name.
class D:
    def __repr__(self): return "D()"
    def __getitem__(self, k): print("getitem", k)
    def __getattr__(self, n): print("getattr", n)
def log(x):
    print("eval", x)
    return x
d = D()
log(d).a: log("ann1")
log(d)[log(1)]: log("ann2")
log(d)[log(1):log(2), log(3)]: log("ann3")
log(d)[log(1)::log(2)]: int = log(5)
def f():
    log(d).x: log("in f")
    log(d)[log(0)]: log("in f2")
f()
class C:
    log(d).y: log("in class")
    z: log("simple")
print(C.__annotations__)
try:
    a.b: int
except NameError as e:
    print(e)
print(__annotations__)
