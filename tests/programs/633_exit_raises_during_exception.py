# An __exit__ that raises while an exception propagates: the traceback shows the with line.
class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")
def f():
    with CM():
        x = 1
        y = 1 / 0
f()
