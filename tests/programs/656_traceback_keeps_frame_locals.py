# A traceback keeps the frames it passed through, and so their locals: they die with the
# exception (after the except block that handled it, or with the last name bound to it).
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def f():
    r = R("f-local")
    raise ValueError("x")

try:
    f()
except ValueError:
    print("caught 1")
print("after 1")

try:
    f()
except ValueError as e:
    saved = e
    print("caught 2")
print("after 2")
del saved
print("after del saved")

class Bad:
    def __init__(self):
        self.r = R("in Bad")
        raise RuntimeError("init failed")
    def __del__(self):
        print("del Bad")

try:
    Bad()
except RuntimeError as e:
    print("caught 3", e)
print("after 3")

def g():
    t = R("g-local")
    f()

def h():
    try:
        g()
    except ValueError:
        print("caught 4 in h")
    print("h continues")

h()
print("after 4")

def loop():
    for i in range(3):
        try:
            f()
        except ValueError:
            pass
    print("loop done")
loop()

print("end")
f()
