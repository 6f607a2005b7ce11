# Which str, tuple and frozenset results are the same object, as CPython 3.11 runs a script.
# An operation that changes nothing often hands back the object itself; a computed string is a
# new object unless it is empty or one latin-1 character (those are shared), and string
# constants are their own objects, merged with equal constants. `sys.intern` returns the one
# interned copy: identifier-like constants are interned when the module is compiled.
import sys

a = "hello"
b = "".join(["hel", "lo"])
print(a is b, a == b, sys.intern(b) is a, sys.intern(b) is b)
c = "".join(["x", "yz"])
print(sys.intern(c) is c, sys.intern("".join(["x", "yz"])) is c)
d = "hello world"
print(sys.intern("hello" + " " + "".join(["world"])) is d)
e = "abc"
print(e[0] is "a", chr(97) is "a", e[0] is chr(97), e[0] is e[:1], list(e)[1] is e[1])
print("" is str(), e[3:] is "", "".join([]) is "")
print(e.upper() is e, e.strip() is e, e.strip("z") is e, e.strip("a") is e, e * 1 is e, e + "" is e, "" + e is e)
print(e.replace("z", "y") is e, e.replace("a", "A") is e, e.removeprefix("z") is e, e.removeprefix("a") is e)
print(f"{e}" is e, f"{e!s}" is e, f"{e!r}" is e, f"{e:}" is e, f"{e:>3}" is e, f"{e:4}" is e, f"<{e}>" is e, format(e, "3") is e)
print("%s" % e is e, "%s" % (e,) is e, "%3s" % e is e, "%s%s" % (e, "") is e, "x%s" % "" is e)
print(str(e) is e, format(e) is e, format(e, "") is e, e.format() is e, "{}".format(e) is e, "{:3}".format(e) is e, "a{}".format("") is e)
print(e.center(2) is e, e.center(5) is e, e.zfill(1) is e, e.ljust(3) is e, "".join([e]) is e, " ".join([e, e]) is e)
t = (1, 2)
u = (1, 2)
v = (1, 2.0)
w = (1.0, 2)
print(t is u, t is v, v is w, v == w, ((1, 2), 3) is ((1, 2), 3), () is ())
print(tuple(t) is t, t[:] is t, t[0:2] is t, t[::-1] is t, t + () is t, () + t is t, t * 1 is t, t * 2 is t)
x = 1
print((x, 2) is t, (x, 2) == t)


def f():
    return (1, 2)


print(f() is t, f() is f())
lst = [1, 2]
print(list(lst) is lst, lst[:] is lst, lst * 1 is lst)
fs = frozenset([1])
print(frozenset(fs) is fs, set(fs) is fs)
for bad in [5, None]:
    try:
        sys.intern(bad)
    except TypeError as exc:
        print("TypeError:", exc)


class S(str):
    pass


try:
    sys.intern(S("x"))
except TypeError as exc:
    print("TypeError:", exc)
