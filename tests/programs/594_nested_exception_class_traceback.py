# An uncaught exception of a class nested in another is printed as Outer.Error, as CPython's
# traceback uses __qualname__.
class Outer:
    class Error(Exception):
        pass


def check(v):
    if v < 0:
        raise Outer.Error("negative: %d" % v)
    return v


print(check(1))
check(-1)
