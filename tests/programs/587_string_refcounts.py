# sys.getrefcount of strings and objects: a string constant shows the code's two references however
# often the source uses it, an interned table's and the attribute caches' references are not counted.
import sys

a = "hello world"
print(sys.getrefcount(a))
b = "hello"
print(sys.getrefcount(b))
d = "".join(["ab", "cd"])
print(sys.getrefcount(d))
l = [d, d]
print(sys.getrefcount(d))
e = "".join(["hello", " there"])
print(sys.getrefcount(e), sys.intern(e) is e, sys.getrefcount(e))

class A:
    pass
class C:
    t = A()
a = A()
a.b = A()
print(sys.getrefcount(a.b), sys.getrefcount(C.t), sys.getrefcount(a))
x = [A()]
print(sys.getrefcount(x[0]))
d = {"k": A()}
print(sys.getrefcount(d["k"]))
def f():
    s = "zzz qq"
    return sys.getrefcount(s)
print(f())
class C:
    t = "yyy qq"
print(sys.getrefcount(C.t))
x = "only here qq"
print(sys.getrefcount(x))
