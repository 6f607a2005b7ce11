# Locals resolved to slots, frames reused between calls: closures, cells, recursion,
# class bodies in functions, del, and unbound locals must all still behave as in CPython.
def make_counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c2(), c1(5), c2())

def fact(k):
    return 1 if k <= 1 else k * fact(k - 1)
print([fact(i) for i in range(8)])

def outer(x):
    y = x * 2
    class Inner:
        x = 'class x'
        z = y + 1
        def get(self):
            return x, y
    return Inner

I = outer(5)
print(I.x, I.z, I().get())

def adders():
    fs = []
    for i in range(3):
        fs.append(lambda v, i=i: v + i)
    return fs
print([f(10) for f in adders()])

def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())

def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 1
    del q
    try:
        q
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 2
    return q
print(unbound())

g = 'global g'
def reads_global():
    return g
def shadows():
    g = 'local g'
    return g, reads_global()
print(shadows())

def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
print(list(gen(5)), list(gen(3)))

def keep_frame():
    secret = [1, 2]
    def peek():
        return secret
    return peek
p1 = keep_frame()
p2 = keep_frame()
p1().append(3)
print(p1(), p2(), p1() is p2())

def swap(a, b):
    a, b = b, a
    return a, b
print(swap(1, 2), swap('x', 'y'))

def walrus(xs):
    if (n := len(xs)) > 2:
        return n
    return -n
print(walrus([1, 2, 3]), walrus([1]))
