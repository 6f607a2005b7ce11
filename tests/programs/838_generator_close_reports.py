# A generator let go of unfinished is closed; when it yields again ("generator ignored
# GeneratorExit") or raises, CPython reports "Exception ignored in" it, without the chain.
def g(label):
    try:
        yield 1
    finally:
        print("cleanup", label)
        raise ValueError("in finally " + label)

def h():
    x = g("a")
    next(x)
    del x
    print("after del in h")

h()
y = g("b")
next(y)
y = None
print("after y = None")

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")

for s in [stubborn()]:
    next(s)
print("loop done")
z = stubborn()
next(z)
del z
print("end")

class Noisy:
    def __del__(self):
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("from __del__")

n = Noisy()
del n
print("after Noisy")
