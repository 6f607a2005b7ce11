# A function's __closure__: one cell per free variable, in sorted name order; cell_contents
# reads and writes the variable the function shares with its enclosing call.
def outer(a, b):
    c = 3
    def inner():
        return a + c
    def lam(): return b
    def none(): return 1
    return inner, lam, none
i, l, n = outer(1, 2)
print(i.__closure__ is not None, len(i.__closure__), type(i.__closure__).__name__, type(i.__closure__[0]).__name__)
print([c.cell_contents for c in i.__closure__], [c.cell_contents for c in l.__closure__], n.__closure__)
print(i.__closure__[0] is i.__closure__[0])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return inc, get
inc, get = counter()
inc(); inc()
print(inc.__closure__[0].cell_contents, get.__closure__[0].cell_contents, inc.__closure__[0] is get.__closure__[0])
inc.__closure__[0].cell_contents = 10
print(get(), inc())
del inc.__closure__[0].cell_contents
try: get()
except NameError as e: print('NameError', e)
try: inc.__closure__[0].cell_contents
except ValueError as e: print('ValueError', e)
def later():
    def f(): return x
    c = f.__closure__[0]
    try: c.cell_contents
    except ValueError as e: print('ValueError', e)
    x = 5
    print(c.cell_contents)
later()
class A:
    def m(self): return super()
    def n(self): return __class__
    def p(self): return 1
print(A.m.__closure__[0].cell_contents is A, A.p.__closure__, len(A.n.__closure__))
def deep():
    x = 1; y = 2
    def mid():
        z = 3
        def leaf(): return x + y + z
        return leaf
    return mid
leaf = deep()()
print([c.cell_contents for c in leaf.__closure__], deep().__closure__[0].cell_contents if deep().__closure__ else None)
print(len(deep().__closure__))
g = 10
def uses_global():
    def f(): return g + len([])
    return f
print(uses_global()().__class__.__name__, uses_global().__closure__)
try: i.__closure__ = ()
except AttributeError as e: print('AttributeError', e)
try: del i.__closure__
except AttributeError as e: print('AttributeError', e)
print(type(i).__closure__, '__closure__' in dir(i), 'cell_contents' in dir(i.__closure__[0]))
try: i.__closure__[0].foo = 1
except AttributeError as e: print('AttributeError', e)
lam2 = (lambda q: (lambda: q))(7)
print(lam2.__closure__[0].cell_contents)
def gen_closure():
    v = 'gv'
    return [lambda: v for _ in range(2)]
print([f.__closure__[0].cell_contents for f in gen_closure()])
def shadow():
    x = 1
    def g():
        global x
        return x
    return g
print(shadow().__closure__)
def make():
    a = 1
    def f():
        return a
    return f
c = make().__closure__[0]
r = repr(c)
print(type(c).__name__, type(c), r.startswith("<cell at 0x"), ": int object at 0x" in r)
print(type(c).cell_contents, "cell_contents" in dir(c))
def empty_cell():
    def f():
        return late
    cell = f.__closure__[0]
    print(repr(cell).endswith(": empty>"))
    late = None
    print(": NoneType object at 0x" in repr(cell))
empty_cell()
def order():
    zeta, alpha, mid = 1, 2, 3
    def f():
        return zeta + alpha + mid
    return f
print([c.cell_contents for c in order().__closure__])
print(type(c).cell_contents.__get__(c))
try:
    type(c).cell_contents.__get__(5)
except TypeError as e:
    print("TypeError:", e)
