# copy.copy of builtin values: immutable ones come back as they are, containers are copied
# one level deep (the items are shared).
import copy

print(copy.copy.__name__, copy.deepcopy.__name__, copy.Error.__name__)
print(copy.error is copy.Error, issubclass(copy.Error, Exception), copy.Error.__module__)
print(copy.__all__)

def f():
    pass

class K:
    pass

big = 10 ** 30
text = "hello world"
t = (1, [2], "x")
fs = frozenset({1, 2})
r = range(5)
s = slice(1, 2)
p = property()
for x in [None, 1, 1000, big, 2.5, True, text, t, fs, r, s, p, f, len, K, type, int,
          NotImplemented, ..., [].append, (1).__add__.__self__]:
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)

lst = [1, [2, 3], {"a": 4}]
c = copy.copy(lst)
print(c, c == lst, c is lst, c[1] is lst[1], c[2] is lst[2])
c[1].append(99)
print(lst)

d = {"k": [1], "j": (2,)}
e = copy.copy(d)
print(e, e is d, e["k"] is d["k"])

st = {3, 1, 2}
u = copy.copy(st)
print(u, u is st, u == st)

# tuple: shallow copy is the tuple itself; deepcopy makes a new one only if an item changed
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, "a", (2, 3))) is not None)
inner = (1, 2)
outer = (inner, "s")
print(copy.deepcopy(outer) is outer)
withlist = ([1], 2)
dwl = copy.deepcopy(withlist)
print(dwl, dwl is withlist, dwl[0] is withlist[0])

# frozenset and slice are copied shallowly as themselves, but deepcopy rebuilds them
print(copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
print(copy.deepcopy(s) is s, copy.deepcopy(s) == s)

# methods bound to builtins are builtin functions: atomic
m = lst.append
print(copy.copy(m) is m, copy.deepcopy(m) is m)

# object() goes through __reduce_ex__(4) and copyreg.__newobj__
o = object()
o2 = copy.copy(o)
print(type(o2).__name__, o2 is o)
o3 = copy.deepcopy(o)
print(type(o3).__name__, o3 is o)

# the same empty containers are still new objects
print(copy.copy([]) is not copy.copy([]), copy.copy({}) == {}, copy.copy(set()) == set())
