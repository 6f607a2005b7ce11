# weakref.proxy: a stand-in that forwards to its referent until the referent dies.
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def add(self, child):
        self.children.append(child)
        return self

    def describe(self):
        return f"{self.name} with {len(self.children)} children"

    def __del__(self):
        print(f"__del__ {self.name}")


root = Node("root")
p = weakref.proxy(root)
print(type(p), type(p).__name__, type(p).__module__)
print(p.name, p.describe(), p.add(Node("leaf")).name)
print(p.__class__, isinstance(p, Node), isinstance(p, weakref.ProxyType), type(p) is Node)
print(isinstance(p, weakref.ProxyTypes), callable(p))

# Attributes are set and deleted on the referent.
p.color = "red"
print(root.color, hasattr(p, "color"), getattr(p, "size", "no size"))
del p.color
print(hasattr(root, "color"), vars(p) is root.__dict__, p.__dict__ is root.__dict__)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(n for n in dir(p) if not n.startswith("__")))

# The repr is the proxy's own; everything else goes to the referent.
r = repr(p)
print(r.startswith("<weakproxy at 0x"), " to Node at 0x" in r, r == p.__repr__())
print(str(p) == str(root), f"{p}" == str(root), format(p, "") == str(root))
try:
    format(p, ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(weakref.ProxyType.__hash__, weakref.CallableProxyType.__hash__)

# One proxy without callback is shared, like a plain ref; with a callback each is new.
print(weakref.proxy(root) is p, weakref.proxy(root, None) is p)


def gone(proxy):
    print("callback with", type(proxy).__name__, proxy is watched)


watched = weakref.proxy(root, gone)
print(watched is p, weakref.getweakrefcount(root))
r1 = weakref.ref(root)
r2 = weakref.ref(root, gone)
print([type(x).__name__ for x in weakref.getweakrefs(root)])
refs = weakref.getweakrefs(root)
print(refs[0] is r1, refs[1] is p, refs[2] is r2, refs[3] is watched)
print(root.__weakref__ is r1, weakref.getweakrefcount(root))

# Proxies of callables are CallableProxyType.
def double(x):
    return 2 * x


class Maker:
    def __call__(self, n):
        return [n] * n


fp = weakref.proxy(double)
mp = weakref.proxy(Maker())
cp = weakref.proxy(Node)
print(type(fp).__name__, fp(21), fp.__name__, callable(fp))
print(type(cp).__name__, cp("made").name, cp.__name__)
print(type(mp).__name__)
try:
    p()
except TypeError as e:
    print("TypeError:", e)

# Neither type can be made directly, nor weakly referenced.
for call in (lambda: weakref.ProxyType(root), lambda: weakref.CallableProxyType(double), lambda: weakref.ref(p)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for bad in ((), (root, None, 1), (1,), ("text",)):
    try:
        weakref.proxy(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.proxy(root, callback=None)
except TypeError as e:
    print("TypeError:", e)

# When the referent dies: __del__, then the callbacks (newest first), then ReferenceError.
del refs
print("deleting root")
del root
print(r1(), r2())
for action in (
    lambda: p.name,
    lambda: str(p),
    lambda: p == 1,
    lambda: bool(p),
    lambda: len(p),
    lambda: dir(p),
    lambda: p.describe(),
):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    p.name = "again"
except ReferenceError as e:
    print("ReferenceError:", e)
print(type(p).__name__, repr(p).startswith("<weakproxy at 0x"), " to NoneType at 0x" in repr(p))
