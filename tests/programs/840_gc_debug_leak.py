# gc.set_debug(gc.DEBUG_LEAK) as the course uses it: every object a collection finds is
# reported on stderr ("gc: collectable <ClassA 0x...>") before its __del__ runs, and kept
# in gc.garbage. (Turned off before the end: at exit CPython would list its own objects.)
import gc
import sys


class ClassA:
    def __init__(self):
        print("object born")

    def __del__(self):
        print("object del")


def f3():
    c1 = ClassA()
    c2 = ClassA()
    c1.t = c2
    c2.t = c1
    del c1
    del c2
    print(gc.garbage)
    print(gc.collect())
    print(len(gc.garbage), [type(o).__name__ for o in gc.garbage])
    print(gc.garbage[0].t is gc.garbage[1], gc.garbage[1].t is gc.garbage[0])


gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug(), gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
f3()
sys.stdout.flush()

a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
sys.stdout.flush()


def make():
    seen = []

    def remember(x):
        seen.append(x)
        return remember

    seen.append(remember)


make()
print(gc.collect())
sys.stdout.flush()

# DEBUG_COLLECTABLE alone reports, and frees.
gc.set_debug(gc.DEBUG_COLLECTABLE)
gc.garbage.clear()
print(gc.collect())
print(gc.garbage)
gc.set_debug(0)
print(gc.collect())
