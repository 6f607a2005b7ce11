class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("进入", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("退出", self.name, exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError

with Resource("a") as r:
    print("inside", r.name)
with Resource("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise ValueError("propagates")
except ValueError as e:
    print(type(e).__name__, e)
with Resource("x") as x, Resource("y") as y:
    print(x.name + y.name)
class NoEnter:
    pass
with NoEnter():
    pass
