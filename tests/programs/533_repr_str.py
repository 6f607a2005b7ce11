class Both:
    def __repr__(self): return "Both(repr)"
    def __str__(self): return "Both(str)"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "OnlyStr!"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(r, str(r), [r])
print(s, str(s))
print(f"{b} {b!r} {b!s} {r}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
