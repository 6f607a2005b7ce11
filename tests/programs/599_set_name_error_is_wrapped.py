# An exception from __set_name__ comes out as the RuntimeError CPython 3.11 wraps it in.
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        if name == "bad":
            raise ValueError("no " + name)
try:
    class Z:
        ok = D()
        bad = D()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
class Y:
    f = D()
    bad = D()
