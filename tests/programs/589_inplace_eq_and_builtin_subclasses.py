# In-place operators change the object (aliases see it); reflected __eq__ after an int/str
# left operand; builtin subclasses as hash keys, in %-formatting and printed through __repr__.
a=[1];b=a;a*=2;s={1};t=s;s|={2};d={};e=d;d|={"k":1};print(b,t,e, a is b, s is t, d is e)
s &= {2, 3}; print(t); s -= {2}; print(t); s ^= {5}; print(t)
class LD(dict): pass
x = LD(); x |= {"a": 1}; print(type(x).__name__, x)
d |= [("z", 2)]; print(e)
try:
    t |= [1]
except TypeError as ex: print(ex)
try:
    a *= "x"
except TypeError as ex: print(ex)
print(hasattr("a","__and__"), hasattr([],"__sub__"), hasattr({},"__add__"), hasattr(1.0, "__and__"), hasattr(1, "__and__"))
print([n for n in dir(str) if n.startswith('__') and n.endswith('__') and n in ('__and__','__or__','__sub__','__xor__','__str__','__mod__')])
class P(int):
    def __repr__(self): return "P!"
print(P(5), str(P(5)), f"{P(5)}", "%s" % P(5), [P(5)])
class F(float):
    def __repr__(self): return "F!"
print(F(1.5), str(True), str(3), str(2.5), 3 .__str__(), list.__str__([1]))
l=[1,2]; l *= 0; print(l)
fs = frozenset({1}); g = fs; fs |= {2}; print(fs, g, fs is g)
class S(str):
    def __str__(self): return "custom"
print("%s" % S("raw"), "a" + S("b"), S("x") * 2, "%s|%r" % (S("q"), S("q")))
class E:
    def __eq__(s, o): return "yes"
print(1 == E(), "s" == E(), 1.5 != E(), [1] == E(), None == E())
class A:
    def __eq__(self, o): return True
print(1 == A(), "s" == A(), 1.5 != A(), A() in [1], [1].index(A()), 1 in [A()])
print(1 == [1], "a" == (1,), 1 == None, 1 != "x", None != 0, 2 == 2.0, None == None, 1 == object(), object() == 1)
class N: pass
n = N()
print(1 == n, n == 1, n != 1, "x" != n, n == n)
print({1: 2} == E(), (1,) == A(), 1 != A())
class S(str): pass
d={S("a"):1}
print("a" in d, S("a") in {"a"}, d["a"], {"a": 1}[S("a")], "a" in {S("a")})
d["a"] = 5; print(d, len(d))
class K(str):
    def __eq__(self, o): return False
    __hash__ = str.__hash__
print("k" in {K("k"): 1})
class T(tuple): pass
class FS(frozenset): pass
print(hash(T((1, 2))) == hash((1, 2)), hash(FS({1,2})) == hash(frozenset({1,2})), hash(frozenset()))
d = {T((1,)): 1, FS(): 2}
print(d[(1,)], d[frozenset()], T((1,)) in {(1,)})
class U(tuple):
    def __hash__(self): return 7
print(hash(U()))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1,2,3})), hash(frozenset({"a"})) == hash(frozenset({"a"})), hash(frozenset({(1,2), 3.5, -1})), hash(frozenset({frozenset({1})})))
