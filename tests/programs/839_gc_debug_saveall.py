# gc.DEBUG_SAVEALL: a collection keeps its garbage in gc.garbage instead of freeing it, in the
# order of CPython's list of tracked objects, with the objects CPython keeps inside functions
# and classes (defaults and closure tuples, cells, __bases__ and __mro__, descriptors).
import gc


def collect(label):
    found = gc.collect()
    print(label, found, len(gc.garbage), [type(x).__name__ for x in gc.garbage])
    # Free what was saved: without SAVEALL the next collection clears it.
    gc.set_debug(0)
    gc.garbage.clear()
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)


gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)


class P:
    def __del__(self):
        print("P.__del__ runs once")


a, b = P(), P()
a.other, b.other = b, a
del a, b
collect("two instances:")

x = []
y = {}
x.append(y)
y["x"] = x
del x, y
collect("list then dict:")

d = {}
lst = [d]
d["lst"] = lst
del d, lst
collect("dict filled later:")

p = P()
p.__dict__
p.me = p
del p
collect("instance and its dict:")


def f(a, b=1, *, c=[]):
    pass


f.me = f
del f
collect("function with defaults:")


def g(a=[], b={}):
    pass


g.me = g
del g
collect("built defaults tuple:")


def outer():
    data = {}

    def helper(x=[]):
        return data, helper

    data["h"] = helper
    return helper


h = outer()
del h
collect("closure:")


class Q:
    def m(self):
        return __class__


Q.me = Q
del Q
collect("class with a __class__ cell:")


class R(dict):
    pass


R.me = R
del R
collect("subclass of dict:")


class S:
    __slots__ = ("a",)


S.me = S
del S
collect("class with slots:")

T = type("T", (object,), {"items": []})
T.me = T
del T
collect("type() call:")


class Meta(type):
    pass


class M(metaclass=Meta):
    def method(self):
        pass


M.me = M
del M
collect("metaclass:")


class Q2:
    pass


q = Q2()
Q2.instance = q
del Q2, q
collect("class and instance:")


class Node:
    def __init__(self, v):
        self.v = v


nodes = [Node(i) for i in range(3)]
for n1, n2 in zip(nodes, nodes[1:] + nodes[:1]):
    n1.next = n2
del n1, n2
nodes.clear()
collect("ring of three:")

# A saved object stays alive: once gc.garbage lets it go it is garbage again, and its
# __del__ does not run a second time.
c = P()
c.me = c
del c
print(gc.collect(), len(gc.garbage))
gc.garbage.clear()
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), len(gc.garbage))
