# While a generator of a weak container runs, deaths do not change the underlying dict or
# set (which would break the iteration): the removals wait, and are committed when the last
# generator finishes or is closed, or (WeakValueDictionary) by the next method call.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __repr__(self):
        return f"Obj({self.n})"

    def __del__(self):
        print(f"  __del__ Obj({self.n})")


print("-- WeakSet: an element dies during the loop")
objs = {n: Obj(n) for n in range(1, 5)}
ws = weakref.WeakSet(objs.values())
for o in ws:
    print("visit", o, "len", len(ws))
    if o.n == 1:
        del objs[3]
        print("  after del, len", len(ws))
    del o
print("after the loop", len(ws), sorted(ws, key=repr))

print("-- WeakSet: the generator keeps its last item until resumed")
it = iter(ws)
first = next(it)
print("first", first)
del objs[first.n]
del first
print("still alive:", len(ws))
rest = list(it)
print("rest", rest, len(ws))
del rest

print("-- WeakSet: a loop left early closes its generator")
for o in ws:
    objs.clear()
    print("cleared, len", len(ws))
    break
print("after break", len(ws))
del o
print("after del o", len(ws), list(ws))

print("-- WeakSet: adding during iteration")
a, b = Obj(10), Obj(20)
ws = weakref.WeakSet([a])
try:
    for o in ws:
        ws.add(b)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(ws))
del o

print("-- WeakKeyDictionary: keys dying during items()")
keys = [Obj(n) for n in (31, 32, 33)]
wkd = weakref.WeakKeyDictionary((k, k.n * 10) for k in keys)
for k, v in wkd.items():
    print("item", k, v)
    if k.n == 31:
        keys.pop()
        print("  len", len(wkd), "keyrefs", len(wkd.keyrefs()))
print("after", len(wkd), len(wkd.keyrefs()), list(wkd.values()))
del k, v
print("-- WeakKeyDictionary: deleting explicitly while a removal waits")
g = wkd.keys()
print(next(g))
dead = keys.pop()
del dead
print("len", len(wkd))
del wkd[keys[0]]
print("len", len(wkd))
g.close()
print("closed", len(wkd), list(wkd))

print("-- WeakValueDictionary: deaths during keys()")
vals = {name: Obj(n) for n, name in enumerate("abcd", 40)}
wvd = weakref.WeakValueDictionary(vals)
for k in wvd:
    print("key", k)
    if k == "a":
        del vals["c"]
        print("  len(data)", len(wvd.data))
print(list(wvd))

print("-- WeakValueDictionary: len() inside the loop commits, the dict changes size")
print(len(wvd), list(wvd.keys()))
try:
    for k in wvd:
        print("key", k)
        del vals["d"]
        print("  len", len(wvd))
except RuntimeError as e:
    print("RuntimeError", e)
print(list(wvd.items()))

print("-- WeakValueDictionary: a half-used generator, then a method call")
vals["e"] = Obj(50)
wvd["e"] = vals["e"]
it = iter(wvd.values())
print(next(it))
del vals["b"]
print("waiting", "b" in wvd, len(wvd))
del it
print(sorted(wvd))
vals.clear()
print(list(wvd.items()))

print("-- copy() during iteration")
x = Obj(60)
ws = weakref.WeakSet([x])
for o in ws:
    print(len(ws.copy()), len(weakref.WeakValueDictionary({1: x}).copy()))
del o, x
print(len(ws))

print("-- WeakValueDictionary with keys of a class: the commit hashes them")


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print(f"  hash K{self.n}")
        return self.n

    def __eq__(self, other):
        print(f"  eq K{self.n} K{other.n}")
        return self.n == other.n

    def __repr__(self):
        return f"K{self.n}"


vals = [Obj(i) for i in range(70, 74)]
keys = [K(i) for i in range(4)]
d = weakref.WeakValueDictionary(zip(keys, vals))
for k in d:
    print("key", k)
    if k.n == 0:
        vals[1] = None
print("done", len(d))
for k in d:
    vals[2] = None
    break
print("after break")
del k
print(len(d))
g = iter(d.items())
print(next(g))
vals[3] = None
del g
print("deleted g", len(d))
del d
vals.clear()
print("end")
