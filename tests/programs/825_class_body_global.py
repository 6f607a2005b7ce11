# global and nonlocal in a class body: the names bypass the class namespace (global and cell
# opcodes), mangled like any other name in the body.
class A:
    global g
    g = 1
    def m(self): return g
    h = g + 1
print(g, A.h, hasattr(A, "g"), A().m())
class C:
    global q
    try:
        q += 1
    except NameError as e:
        print(e)
    q = 10
    q += 1
    del q
    try:
        del q
    except NameError as e:
        print(e)
def outer():
    x = 1
    class D:
        nonlocal x
        print(x)
        x = 2
        y = x
        x = 3
    print(x, D.y, hasattr(D, "x"))
    class E:
        nonlocal x
        del x
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    class F:
        x = 'class'
        nonlocal_read = x
    print(F.nonlocal_read)
outer()
class G:
    global __p
    __p = 5
print(_G__p)
