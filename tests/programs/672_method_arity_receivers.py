class S(str): pass
class L(list): pass
class D(dict): pass
class I(int): pass
def show(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)
    except Exception as e:
        print(label, type(e).__name__)
show("S.upper", lambda: S("a").upper(1))
show("S.upper kw", lambda: S("a").upper(x=1))
show("S.count", lambda: S("a").count())
show("S.count kw", lambda: S("a").count("a", x=1))
show("S.center", lambda: S("a").center())
show("S.center kw", lambda: S("a").center(x=1))
show("S.join", lambda: S("a").join())
show("S.split", lambda: S("a").split(1, 2, 3))
show("L.append", lambda: L().append())
show("L.pop", lambda: L().pop(1, 2))
show("L.pop kw", lambda: L().pop(x=2))
show("D.get", lambda: D().get())
show("I.bit_length", lambda: I(1).bit_length(1))
show("I.bit_length kw", lambda: I(1).bit_length(x=1))
show("str.upper unbound", lambda: str.upper("a", 1))
show("str.upper unbound kw", lambda: str.upper("a", x=1))
show("str.count unbound kw", lambda: str.count("a", "b", x=1))
show("str.count unbound", lambda: str.count("a"))
show("str.center unbound kw", lambda: str.center("a", x=1))
show("str.center unbound", lambda: str.center("a"))
show("str.join unbound", lambda: str.join("a"))
show("str.join unbound kw", lambda: str.join("a", x=1))
show("list.append unbound", lambda: list.append([]))
show("list.pop unbound kw", lambda: list.pop([], x=1))
show("str.upper unbound S", lambda: str.upper(S("a"), 1))
show("set.union unbound kw", lambda: set.union(set(), x=1))
show("set.union kw", lambda: set().union(x=1))
show("str.split unbound", lambda: str.split("a", 1, 2, 3))
show("int.bit_length unbound", lambda: int.bit_length(True, 1))
show("bound upper via getattr", lambda: getattr("a", "upper")(1))
m = "a".upper
show("m()", lambda: m(1))
show("dict.fromkeys kw", lambda: dict.fromkeys(x=1))
show("D.fromkeys", lambda: D.fromkeys())
show("D.fromkeys kw", lambda: D.fromkeys(1, x=1))
show("str.maketrans", lambda: str.maketrans())
show("S.maketrans", lambda: S.maketrans())
show("S.maketrans kw", lambda: S.maketrans(x=1))
show("len kw", lambda: len([], x=1))
show("len 0", lambda: len())
show("abs kw", lambda: abs(1, x=1))
show("bound len", lambda: len.__call__())
show("print kw", lambda: print(zz=1))
show("list.sort unbound", lambda: list.sort([], 1))
show("range.count", lambda: range(3).count())
show("range.index", lambda: range(3).index(1, 2))
# Argument Clinic with keyword parameters: count, duplicate, unknown, missing.
show("split dup", lambda: "a".split(1, sep=1))
show("split zz", lambda: "a".split(zz=1))
show("split many", lambda: "a".split(1, 2, zz=1))
show("sum kw", lambda: sum([], start=1, zz=2))
show("sum none", lambda: sum(start=1))
show("round dup", lambda: round(1, number=1))
show("round zz", lambda: round(1, zz=1))
show("pow missing", lambda: pow(2, mod=3))
show("sort pos", lambda: [].sort(1, key=1))
show("sorted many", lambda: sorted([], 1, key=1))
show("min kw only", lambda: min(zz=1, key=1))
show("exec kw", lambda: exec("1", {}, {}, {}, zz=1))
show("splitlines None", lambda: "a".splitlines(None))
show("enumerate start", lambda: enumerate([], "1"))
show("enumerate kw", lambda: enumerate([], start=1))
print(list(enumerate("ab", True)), list(enumerate("ab", 2**70)))
# The reported cases.
for t in [lambda: [1].remove(), lambda: {1}.add(1, 2), lambda: "a".upper(1), lambda: "abc".replace("a"),
          lambda: "a".center(), lambda: sum(1, 2, 3), lambda: round(1, 2, 3), lambda: pow(1, 2, 3, 4),
          lambda: {}.setdefault(), lambda: [].index(), lambda: "".count(), lambda: [].extend(),
          lambda: "".find(), lambda: "".split(1, 2, 3), lambda: "".join(), lambda: "".strip(1, 2),
          lambda: dict.fromkeys(), lambda: {}.update({}, {}), lambda: {}.pop()]:
    try:
        t()
    except TypeError as e:
        print(e)
show("enumerate names", lambda: print(list(enumerate(start=1, iterable="ab"))))
show("enumerate iterable=", lambda: print(list(enumerate(iterable="ab"))))
show("enumerate start only", lambda: enumerate(start=1))
show("enumerate two zz", lambda: enumerate(start=1, zz="ab"))
show("enumerate three", lambda: enumerate("ab", 1, start=3))
