# yield from passes send(), throw() and close() through to the subgenerator (PEP 380).
def inner():
    x = yield "first"
    print("inner got", x)
    try:
        y = yield "second"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", e)
        y = yield "recovered"
    finally:
        print("inner finally")
    return f"done({y})"

def middle():
    r = yield from inner()
    print("middle result", r)
    return r.upper()

def outer():
    r = yield from middle()
    print("outer result", r)
    yield "after"

g = outer()
print(next(g))
print(g.send("A"))
print(g.throw(KeyError("k")))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("stopped")

# close() reaches the innermost generator: its finally runs, GeneratorExit ends them all.
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")

def deleg():
    try:
        yield from sub()
    finally:
        print("deleg finally")

d = deleg()
print(next(d))
d.close()
print("closed", list(d))

# An exception the subgenerator does not handle goes up through yield from.
def delegator():
    try:
        yield from sub()
    except ValueError as e:
        print("delegator caught", e)
        yield "handled"

d = delegator()
next(d)
print(d.throw(ValueError("bad")))

# Delegating to an iterator that is not a generator: next() for None, send() otherwise.
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return self.__next__()
    def throw(self, exc):
        print("Echo.throw", repr(exc))
        raise StopIteration("thrown out")
    def close(self):
        print("Echo.close")

def use_echo():
    r = yield from Echo()
    print("echo returned", r)

e = use_echo()
print(next(e), e.send("x"), next(e))
try:
    next(e)
except StopIteration:
    print("stopped")
e = use_echo()
next(e)
try:
    e.throw(KeyError("z"))
except StopIteration:
    print("stopped after throw")
e = use_echo()
next(e)
e.close()

def over_list():
    yield from [1, 2, 3]

o = over_list()
next(o)
try:
    o.send("not None")
except AttributeError as err:
    print("AttributeError:", err)

# close() on a generator that yields again raises RuntimeError.
def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)

# close() before start and after the end does nothing; an error raised while closing escapes.
def simple():
    yield 1
fresh = simple()
fresh.close()
print(list(fresh))
done = simple()
list(done)
done.close()

def raises_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cannot close")

r = raises_on_close()
next(r)
try:
    r.close()
except ValueError as err:
    print("ValueError:", err)
print("end")
