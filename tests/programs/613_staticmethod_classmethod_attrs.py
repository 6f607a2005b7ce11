import functools
def f(x: int):
    'doc f'
sm = staticmethod(f); cm = classmethod(f)
print(vars(sm)); print(vars(cm)); print(sm.__wrapped__ is f, cm.__wrapped__ is f)
print(sm.__name__, cm.__qualname__, sm.__doc__, sm.__annotations__)
sm.extra = 1; print(vars(sm))
class C:
    @staticmethod
    def s():
        'sdoc'
    @classmethod
    def c(cls):
        return cls.__name__
    def __new__(cls):
        return super().__new__(cls)
print(C.__dict__['s'].__name__, C.__dict__['s'].__qualname__, C.__dict__['s'].__doc__, C.c())
print(vars(C.__dict__['__new__']))
def logged(func):
    @functools.wraps(func)
    def w(*a, **k):
        print("calling", w.__name__)
        return func(*a, **k)
    return w
class T:
    @logged
    @staticmethod
    def s(x):
        return x * 2
print(T.s(4), T.s.__name__, T.s.__qualname__)
