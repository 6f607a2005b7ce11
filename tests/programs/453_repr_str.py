class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr!"

b = Both()
print(b, repr(b), str(b))
print([b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}")
r = OnlyRepr()
print(r, str(r), [r])
s = OnlyStr()
print(s, type(repr(s)).__name__, repr(s).startswith("<__main__.OnlyStr object"))
print("%s %r" % (b, b))
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Bad2:
    def __str__(self):
        return None
print(Bad2())
