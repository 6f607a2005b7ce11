# math's one-argument functions hold a level of the recursion limit while they call back into
# Python (CPython's METH_O builtins), so a recursion through them stops at the same depth.
import math

calls = 0


def f():
    global calls
    calls += 1
    return math.floor(Down())


class Down:
    def __floor__(self):
        return f()


try:
    f()
except RecursionError as e:
    print(type(e).__name__, e, calls)


class Loop:
    def __float__(self):
        return math.sqrt(self)


try:
    math.sqrt(Loop())
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered:", math.sqrt(2.25), math.floor(-2.5))
