# Traceback objects: __exit__'s third argument, e.__traceback__ (tb_lineno, tb_next),
# sys.exc_info() and sys.exception(); the implicit __exit__ call belongs to the with line.
import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, ev, type(tb).__name__, tb.tb_lineno, tb.tb_next)
        return True
with CM():
    1 / 0
def inner():
    raise KeyError("k")
def outer():
    inner()
try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines, type(e.__traceback__).__name__)
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v, tb2.tb_lineno, sys.exception() is e)
print(sys.exc_info(), sys.exception())
print(ValueError("x").__traceback__)
with CM():
    pass
class CM2:
    def __enter__(self): return self
    def __exit__(self, *a):
        print(a)
with CM2():
    pass
