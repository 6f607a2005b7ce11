# CPython 3.11 closes a generator that is let go of unfinished, even one never started: its
# frame starts and GeneratorExit is raised at once (a profiler sees the call), and only then
# do its arguments die. close() and throw() before the first next() do the same.


class Arg:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


def gen(arg):
    try:
        print("  started with", arg.name)
        yield 1
        yield 2
    finally:
        print("  finally", arg.name)


g = gen(Arg("dropped unstarted"))
print("made")
del g
print("after del")

g = gen(Arg("closed unstarted"))
g.close()
print("after close")

g = gen(Arg("thrown unstarted"))
try:
    g.throw(ValueError("in"))
except ValueError as e:
    print("throw raised", e)
print("after throw")

g = gen(Arg("started"))
print(next(g))
del g
print("after dropping a started one")

gens = [gen(Arg("in a list %d" % i)) for i in range(3)]
next(gens[1])
del gens
print("after the list")


def makes_some():
    a = gen(Arg("local unstarted"))
    b = gen(Arg("local started"))
    next(b)
    c = Arg("plain local")
    return "returned"


print(makes_some())

g = gen(Arg("rebound"))
g = gen(Arg("rebinding"))
print("last statement")
