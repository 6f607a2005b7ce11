for code in ['(1).real = 5', '(1).imag = 5','(1.5).real=1', '(1).numerator=2', '(1).foo = 1', '"a".foo = 1', '(1).bit_length = 1', '[].append = 1', 'del (1).real', 'del (1).foo', 'del [].append', '(True).real = 2', 'object().x = 1', 'del object().x']:
    try:
        exec(code)
    except Exception as e:
        print(code, type(e).__name__, e)
class A:
    pass
a = A()
try:
    del a.zz
except AttributeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return 42
for f in [lambda: str(BadRepr()), lambda: repr(BadRepr()), lambda: print(BadRepr()), lambda: f"{BadRepr()}", lambda: BadRepr().__str__(), lambda: "%s" % BadRepr(), lambda: format(BadRepr())]:
    try:
        print(f())
    except TypeError as e:
        print(e)
for fmt, a in [("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)s %(a)s", {"a": 1}), ("%s", {"a": 1}), ("%(a)s", ({"a": 1},))]:
    try:
        print(fmt % a)
    except Exception as e:
        print(type(e).__name__, e)
for s in ["{", "a{", "{0", "{}{", "}", "{{", "{:{", "{0:"]:
    try:
        print(s.format(1))
    except Exception as e:
        print(type(e).__name__, e)
for a in [(1,), (1.5,), ("1",), (True,), (2**70,), (None,)]:
    try:
        print(list(enumerate("ab", *a)))
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self): return 5
print(list(enumerate("ab", Idx())))
print(range(3).count(1.0), range(3).count("a"), range(3).index(2))
