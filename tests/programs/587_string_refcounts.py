# sys.getrefcount of strings: a constant is also held by the module's code (CPython 3.11 counts
# it), an interned table's reference is not counted, a string built at run time has only its names.
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
