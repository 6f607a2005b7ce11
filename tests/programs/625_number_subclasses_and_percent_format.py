# Subclasses of int, float and str with the builtins that take numbers (abs, +, ~, round,
# divmod, pow, int(), ord()), the number methods they inherit, bound-method hashing, and
# printf-style % formatting: * widths, int precision, what each conversion accepts.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class I(int): pass
class F(float): pass
class S(str): pass
t(lambda: abs(I(-5))); t(lambda: +I(5)); t(lambda: ~I(5)); t(lambda: -I(5)); t(lambda: abs(F(-1.5))); t(lambda: +F(1.5)); t(lambda: -F(1.5))
t(lambda: round(F(2.567), 2)); t(lambda: round(F(2.5))); t(lambda: round(I(17), -1)); t(lambda: round(I(3)))
t(lambda: divmod(I(7), 2)); t(lambda: divmod(F(7.5), 2)); t(lambda: divmod(7, I(2)))
t(lambda: pow(I(2), 3, 5)); t(lambda: pow(2, I(3), I(5)))
t(lambda: int(S("42"))); t(lambda: ord(S("a"))); t(lambda: float(S("1.5"))); t(lambda: int(S("11"), 2))
class Money(int): pass
class K:
    def __index__(self): return 255
class IntLike:
    def __int__(self): return 7
class FloatLike:
    def __float__(self): return 2.5
for fmt, v in [("%d", Money(3)), ("%.2f", Money(3)), ("%x", K()), ("%d", F(3.7)), ("%e", F(1.5)), ("%c", I(65)), ("%d", IntLike()), ("%f", FloatLike()), ("%i", 3.9), ("%x", 3.0), ("%o", K()), ("%X", Money(255)), ("%s", Money(3)), ("%r", F(1.5)), ("%d", "x"), ("%f", "x"), ("%x", IntLike()), ("%d", K())]:
    t(lambda: fmt % v)
t(lambda: "%.*f" % (2, 3.14159))
t(lambda: "%*d|" % (5, 42))
t(lambda: "%-*d|" % (5, 42))
t(lambda: "%*.*f|" % (8, 2, 3.14159))
t(lambda: "%.3d" % 7)
t(lambda: "%.3x" % 7)
t(lambda: "%5.3d|" % -7)
t(lambda: "%a" % "é")
t(lambda: "%c" % 65)
t(lambda: "%c" % "ab")
t(lambda: "%c" % 1.5)
t(lambda: "%c" % -1)
t(lambda: "%*d" % ("x", 1))
t(lambda: "%.*f" % (2,))
class Mod:
    def __pow__(self, e, m=None): return ("pow", e, m)
print(pow(Mod(), 2, 7), pow(Mod(), 2))
class V:
    def __rpow__(self, other): return "rpow"
print(2 ** V())
for args in [(2, V(), 5), (2.0, 3, 5), (2, 3, 5.0), ("a", 2, 3)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError:", e)
print(int.__abs__(-3), float.__round__(2.567, 1), int.__divmod__(7, 2), int.__divmod__(7, 2.0), float.__rdivmod__(2.0, 7))
print((255).bit_count(), (-7).bit_count(), (6).as_integer_ratio(), True.as_integer_ratio(), (0.5).hex(), (-0.0).hex(), (5e-324).hex(), (1e300).hex(), float("inf").hex())
print(float.__floor__(-2.5), float.__ceil__(-2.5), float.__trunc__(-2.5), int.__float__(3), (3).__round__(), (2.5).__round__())
class A:
    def m(self): pass
a = A()
callbacks = {a.m}
callbacks.discard(a.m)
print(len(callbacks), hash(a.m) == hash(a.m), {a.m: 1}.get(a.m), a.m == a.m, a.m is a.m)
l = []
print(hash(l.append) == hash(l.append), l.append == l.append, {l.append: 1}.get(l.append))
b = A()
print(a.m == b.m, hash(a.m) == hash(b.m))
for fmt in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d|", "%-8.3d|", "%+.3d", "%x", "%#x", "%#08x", "%#.4x", "%X", "%#X", "%o", "%#o", "%#010o", "%i", "%u"]:
    t(lambda: (fmt % 42, fmt % -42, fmt % 0))
for fmt in ["%f", "%.2f", "%10.3f|", "%-10.1f|", "%010.2f", "%+f", "% .1f", "%e", "%.2E", "%g", "%G", "%#g", "%#.0f", "%#x"]:
    t(lambda: (fmt % 3.14159, fmt % -0.0, fmt % 1e20, fmt % float('inf'), fmt % float('nan')))
t(lambda: "%05f|%05s|%-05d|" % (float('inf'), "ab", 3))
t(lambda: "%s %s" % ("a",)); t(lambda: "%s" % ("a", "b")); t(lambda: "%(a)s %(b)d" % {"a": 1, "b": 2}); t(lambda: "%s" % {"a": 1}); t(lambda: "%(a)s" % 5)
t(lambda: "%d %s" % (1.9, [1])); t(lambda: "%x" % 1.0); t(lambda: "%d" % "3"); t(lambda: "%f" % "3"); t(lambda: "%c" % 0x110000); t(lambda: "%c%c" % ("é", 233))
t(lambda: "%ld %hd %Lf" % (1, 2, 3.0)); t(lambda: "%z" % 1); t(lambda: "%" % ()); t(lambda: "%5%" % ()); t(lambda: "%.*s" % (2, "abcdef")); t(lambda: "%-*s|" % (-6, "ab")); t(lambda: "%*s|" % (-6, "ab"))
t(lambda: "%d" % 10**30); t(lambda: "%.2f" % 10**30); t(lambda: "%e" % 10**400); t(lambda: "%r %a" % ("é", "é")); t(lambda: "%.1r" % "abc")
t(lambda: "%s" % True); t(lambda: "%d" % True); t(lambda: "%f" % True); t(lambda: "%x" % True)
