class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("never")
print("after")
with Suppress(KeyError, IndexError):
    [][0]
try:
    with Suppress(KeyError):
        int("nope")
except ValueError as e:
    print("not suppressed:", e)
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start", Timer.depth)
        return self
    def __exit__(self, *exc):
        print("  " * Timer.depth + "stop", Timer.depth)
        Timer.depth -= 1
with Timer():
    with Timer():
        with Timer():
            pass
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 1
with Truthy():
    raise RuntimeError("gone")
print("end")
