def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except TypeError as e:
        print(label, e)

def c1():
    class X(int): __slots__ = ("a",)
def c2():
    class X(int): __slots__ = ("__dict__",)
def c3():
    class X(int): __slots__ = ()
def c4():
    class X(tuple): __slots__ = ("a",)
def c5():
    class X(str): __slots__ = ("a",)
def c6():
    class X(float): __slots__ = ("a", "__dict__")
def c7():
    class X(Exception): __slots__ = ("__dict__",)
def c8():
    class X(bool): pass
def c9():
    class I(int): pass
    class J(I): __slots__ = ("x",)
for f in [c1, c2, c3, c4, c5, c6, c7, c8, c9]:
    attempt(f.__name__, f)
