# gc.collect(): trial deletion finds unreachable cycles (instances, lists, dicts), runs __del__ in
# creation order, counts what it freed (not resurrected objects); enable/disable/thresholds.
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

# a reachable cycle is left alone
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print("reachable:", gc.collect())

# once unreachable, the collector finds both and runs __del__ in creation order
del a, b
print("after del:", gc.collect())

# a cycle through a list
l = []
o = Node("in-list")
o.l = l
l.append(o)
del o, l
print("list cycle:", gc.collect())

# self-referencing dict and list
d = {}
d["me"] = d
del d
x = []
x.append(x)
del x
print("dict and list:", gc.collect())

# a local variable keeps its cycle alive during the call
def f():
    n = Node("local")
    n.me = n
    print("inside f:", gc.collect())
f()
print("after f:", gc.collect())

# many cycles (automatic collection off, so that they wait for collect())
gc.disable()
for i in range(500):
    p = Node(None)
    q = Node(None)
    p.q = q
    q.p = p
    p.name = q.name = ""
del p, q
print("many:", gc.collect() // 2)
gc.enable()

# resurrection: __del__ saves the object; it is finalized only once
saved = []
class Phoenix:
    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)
r = Phoenix()
r.me = r
del r
print("phoenix:", gc.collect())
print("saved:", len(saved))
print("again:", gc.collect())
saved.clear()
print("cleared:", gc.collect())
print(gc.isenabled(), gc.get_threshold(), gc.garbage)
gc.disable()
print(gc.isenabled())
gc.enable()
gc.set_threshold(100, 5)
print(gc.get_threshold())
print(gc.collect(0), gc.collect(generation=1))
print(repr(gc.collect), gc)
print("end")
