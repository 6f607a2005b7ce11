# A generator's locals die when it finishes (CPython clears its frame), except the cells
# that a closure made inside it still reads; a suspended generator dropped by the program
# is closed, and its locals die then.
class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)


def gen():
    a = T("a")
    b = T("b (read by the lambda)")
    f = lambda: b.n
    yield 1
    yield f
    print("  gen ending")


g = gen()
print(next(g))
keep = next(g)
print("before exhausting")
for x in g:
    pass
print("exhausted; the lambda still reads", keep())
del keep
print("dropped the lambda")


def gen2():
    c = T("c")
    h = lambda: 1
    yield h


h = next(gen2())
print("gen2 dropped while suspended; h() =", h())


def failing():
    d = T("d")
    e = T("e (read by k)")
    k = lambda: e.n
    yield k
    raise KeyError("boom")


it = failing()
k = next(it)
try:
    next(it)
except KeyError as exc:
    print("caught", repr(exc))
print("after the failing generator; k() =", k())


class K:
    def __init__(self):
        self.n = "K"

    def __del__(self):
        print("  del K")

    def make(self):
        tmp = T("tmp")
        return lambda: self.n


m = K().make()
print("made", m())
del m
print("end")
