# Subclassing the weak containers, KeyedRef, and the argument errors of their methods (they
# are Python functions in CPython, so the messages name them so).
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Thing({self.name})"


class LoggingCache(weakref.WeakValueDictionary):
    """__init__ and update() reach the subclass's methods, as in CPython."""

    def __init__(self, *args, **kwargs):
        print("LoggingCache.__init__", len(args), sorted(kwargs))
        super().__init__(*args, **kwargs)

    def update(self, other=None, /, **kwargs):
        print("LoggingCache.update", type(other).__name__, sorted(kwargs))
        super().update(other, **kwargs)

    def __setitem__(self, key, value):
        print("LoggingCache.__setitem__", key)
        super().__setitem__(key, value)

    def popitem(self):
        item = super().popitem()
        print("LoggingCache.popitem", item[0])
        return item


t1, t2 = Thing("t1"), Thing("t2")
cache = LoggingCache({"a": t1}, b=t2)
cache["c"] = t1
print(sorted(cache), isinstance(cache, weakref.WeakValueDictionary), repr(cache).startswith("<LoggingCache at"))
copied = cache.copy()
print(type(copied).__name__, sorted(copied))
merged = cache | {"d": t2}
print(type(merged).__name__, sorted(merged))
merged = {"d": t2} | cache
print(type(merged).__name__, sorted(merged))
cache |= {"e": t2}
cache.clear()
print(len(cache))


class Tags(weakref.WeakKeyDictionary):
    def __init__(self, dict=None, *, default="?"):
        self.default = default
        super().__init__(dict)

    def __missing__(self, key):
        return "never used"

    def tag(self, obj):
        return self.get(obj, self.default)


tags = Tags({t1: "first"}, default="none")
print(tags.tag(t1), tags.tag(t2), tags.default, tags[t1])


class Member:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __repr__(self):
        return f"Member({self.n})"


class Registry(weakref.WeakSet):
    def add(self, item):
        print("Registry.add", item)
        super().add(item)


m1, m2 = Member(1), Member(2)
reg = Registry([m2, m1])
print(len(reg), type(reg.copy()).__name__, len(reg | [Member(3)]))

print("-- KeyedRef")
calls = []
kr = weakref.KeyedRef(t1, lambda r: calls.append(r.key), "k1")
print(type(kr).__name__, kr.key, kr() is t1, weakref.KeyedRef.__mro__[1].__name__, kr.__callback__ is not None)
kr.key = "changed"
tmp = Thing("tmp")
kr2 = weakref.KeyedRef(tmp, lambda r: calls.append(r.key), "k2")
del tmp
print(calls, kr2(), kr2.key)
for bad in [lambda: weakref.KeyedRef(t1), lambda: weakref.KeyedRef(1, None, "k"), lambda: kr.other]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
del kr, bad

print("-- argument errors")
d = weakref.WeakValueDictionary()
k = weakref.WeakKeyDictionary()
s = weakref.WeakSet()
for bad in [
    lambda: d.get(), lambda: d.pop(), lambda: d.setdefault(), lambda: d.keys(1),
    lambda: weakref.WeakValueDictionary({}, {}), lambda: d.update({}, {}),
    lambda: weakref.WeakValueDictionary(1), lambda: weakref.WeakValueDictionary([1]),
    lambda: weakref.WeakValueDictionary([(1,)]), lambda: d.__setitem__(1),
    lambda: k.get(), lambda: weakref.WeakKeyDictionary({}, {}), lambda: weakref.WeakKeyDictionary(x=1),
    lambda: weakref.WeakKeyDictionary(1), lambda: k.pop(t1, 1, 2), lambda: k.setdefault(),
    lambda: s.add(), lambda: s.add(1, 2), lambda: weakref.WeakSet(1), lambda: weakref.WeakSet([], []),
    lambda: s.remove(t1), lambda: reversed(d), lambda: hash(k), lambda: hash(s), lambda: d["missing"],
    lambda: k.pop(t1),
]:
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    except KeyError as e:
        print("KeyError", e if isinstance(e.args[0], str) else type(e.args[0]).__name__)
print(weakref.WeakValueDictionary(other=t1)["other"], weakref.WeakKeyDictionary(dict={t1: 1})[t1])
print(d.pop("missing", "a", "b"), k.get(t1, "none"), s.discard(t1), len(s))
print(d == k, d == {}, k == {}, d != {"a": 1}, s == weakref.WeakSet(), s != set())
