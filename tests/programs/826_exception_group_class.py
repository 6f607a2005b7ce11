# BaseExceptionGroup / ExceptionGroup: the constructor's checks and messages, the class it picks,
# members, str() and repr(), read-only members, subclasses.
def t(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ExceptionGroup("a"))
t(lambda: ExceptionGroup())
t(lambda: ExceptionGroup("a", [ValueError()], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("a", 3))
t(lambda: ExceptionGroup("a", {}))
t(lambda: ExceptionGroup("a", {1:2}))
t(lambda: ExceptionGroup("a", []))
t(lambda: ExceptionGroup("a", [ValueError(), 3]))
t(lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("a", [ValueError()]))
t(lambda: BaseExceptionGroup("a", (ValueError(),)))
t(lambda: ExceptionGroup("a", [ValueError()], x=1))
t(lambda: ExceptionGroup(msg="a", excs=[ValueError()]))
t(lambda: ExceptionGroup("a", "ab"))
eg = ExceptionGroup("a", [ValueError(1)])
t(lambda: eg.derive())
t(lambda: eg.derive(1, 2))
t(lambda: eg.split())
t(lambda: eg.split(1))
t(lambda: eg.split((ValueError, 1)))
t(lambda: eg.split([ValueError]))
t(lambda: eg.split(len))
t(lambda: eg.subgroup())
def setm(): eg.message = 'b'
t(setm)
def delm(): del eg.exceptions
t(delm)
t(lambda: ExceptionGroup[int])
t(lambda: ExceptionGroup.__mro__)
t(lambda: (eg.args, eg.message, eg.exceptions, str(eg)))
t(lambda: BaseExceptionGroup.__new__(BaseExceptionGroup, "a", [ValueError()]))
t(lambda: ExceptionGroup.__init__)
t(lambda: ExceptionGroup.__str__)
t(lambda: eg.__dict__)
class MyEG(ExceptionGroup): pass
t(lambda: MyEG("x", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup): pass
t(lambda: MyBEG("x", [ValueError()]))
t(lambda: MyEG("x", [ValueError()]).derive([TypeError()]))
class C(Exception, BaseExceptionGroup): pass
t(lambda: C("x", [KeyboardInterrupt()]))
eg2 = ExceptionGroup("two", [ValueError(1), TypeError(2)])
print(str(eg2), repr(eg2), eg2.args)
print(BaseExceptionGroup.__name__, ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
class Quiet(ExceptionGroup):
    def __init__(self, *args):
        pass
q = Quiet("q", (OSError(),))
print(repr(q), q.message, q.exceptions, q.args)
print(ExceptionGroup.derive, type(eg2.split))
