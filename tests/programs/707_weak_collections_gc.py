# Weak containers and the cycle collector: objects in a reference cycle stay in a
# WeakValueDictionary, WeakKeyDictionary or WeakSet after their last outside reference goes,
# until gc.collect() finds the cycle; it clears their weak references (the entries go)
# before it calls any __del__.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __repr__(self):
        return f"Node({self.name})"


class Tracked(Node):
    def __del__(self):
        print(f"  __del__ {self.name}: by name {sorted(by_name)}, set {len(alive)}, keys {len(extra)}")


by_name = weakref.WeakValueDictionary()
alive = weakref.WeakSet()
extra = weakref.WeakKeyDictionary()


def make_pair(a, b, cls=Node):
    x, y = cls(a), cls(b)
    x.peer, y.peer = y, x
    for n in (x, y):
        by_name[n.name] = n
        alive.add(n)
        extra[n] = n.name.upper()
    return x, y


gc.disable()
p, q = make_pair("p", "q")
r, s = make_pair("r", "s", Tracked)
single = Tracked("single")
by_name["single"] = single
alive.add(single)
extra[single] = "SINGLE"
print(sorted(by_name), len(alive), sorted(extra.values()))

print("-- a plain object goes at once, its __del__ sees its entries still there")
del single
print(sorted(by_name), len(alive), sorted(extra.values()))

print("-- cycles stay until collected")
del p, q, r, s
print(sorted(by_name), len(alive), sorted(extra.values()))
print("collect")
gc.collect()
print(sorted(by_name), len(alive), sorted(extra.values()))

print("-- a callback of your own runs with the containers' callbacks")
def gone(ref):
    print("  callback: by_name has", sorted(by_name))

t, u = make_pair("t", "u", Tracked)
watch = weakref.ref(t, gone)
del t, u
gc.collect()
print(sorted(by_name), len(alive), len(extra), watch())

print("-- values kept alive by a key's entry (a WeakKeyDictionary cycle through the value)")
k = Node("k")
extra[k] = [k]
del k
gc.collect()
print(len(extra), [n.name for n in extra])
extra.clear()
print(len(extra))
gc.enable()
