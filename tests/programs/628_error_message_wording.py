# Error messages: **=, positional-only names passed by keyword, super()/type() arity,
# item deletion (two wordings), and PEP 479's RuntimeError keeping the StopIteration as cause.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def f1():
    x = object()
    x **= 2
t(f1)
def f2():
    x = object()
    x //= 2
t(f2)
def pos(a, b, /): pass
t(lambda: pos(a=1, b=2))
t(lambda: pos(1, b=2))
t(lambda: type.__call__(1))
t(lambda: type.__new__(int, "T", (), {}))
t(lambda: super(1, 2, 3))
t(lambda: type.__new__(type))
t(lambda: type.__new__("x"))
def f3():
    del object()[0]
t(f3)
def f4():
    x = 5
    x[0] = 1
t(f4)
def f5():
    x = 5
    del x[0]
t(f5)
def g():
    raise StopIteration("inside")
    yield
try:
    list(g())
except RuntimeError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
class S(str): pass
t(lambda: S(1, 2, 3, 4))
t(lambda: type(1, 2))
t(lambda: type.__new__(type, "a", "b"))
def f6():
    del "abc"[0]
t(f6)
def f7():
    del (1, 2)[0]
t(f7)
