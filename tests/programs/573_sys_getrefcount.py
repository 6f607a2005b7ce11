# sys.getrefcount counts the references to an object, the argument itself included: names,
# list and dict entries, a function's parameter and locals, an attribute pointing back.
import sys
from sys import getrefcount as grc


class A:
    pass


a = A()
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a), grc(a))
lst = [a, a]
print(sys.getrefcount(a))
d = {"k": a}
print(sys.getrefcount(a))


def f(x):
    print("in f", sys.getrefcount(x))
    y = x
    print("in f", sys.getrefcount(x))


f(a)
print(sys.getrefcount(a))
del b
lst.pop()
print(sys.getrefcount(a))
a.me = a
print(sys.getrefcount(a))


class B:
    def m(self):
        return sys.getrefcount(self)


obj = B()
print(obj.m())
print(sys.getrefcount(B()))
s = "hello metalab"
print(sys.getrecursionlimit(), sys.maxsize, type(sys).__name__, sys)
try:
    sys.nope
except AttributeError as e:
    print(e)
try:
    from sys import nope
except ImportError as e:
    print(e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__)
for i in range(3):
    print(sys.getrefcount(a))
t = (a,)
print(sys.getrefcount(a))
