# A registry of live instances: each instance adds itself to a class-level WeakSet in
# __init__, and leaves it when it dies. A WeakSet iterates in the set order of its elements'
# hashes, as a set does (shown before any removal; after removals CPython's table keeps the
# size and dummies the removed elements left, which metalab's set order does not model, so
# the registry is listed sorted).
import weakref


class Sensor:
    registry = weakref.WeakSet()

    def __init__(self, ident):
        self.ident = ident
        Sensor.registry.add(self)
        print(f"  registered {ident}, {len(Sensor.registry)} live")

    def __hash__(self):
        return self.ident

    def __eq__(self, other):
        return isinstance(other, Sensor) and self.ident == other.ident

    def __repr__(self):
        return f"Sensor({self.ident})"

    def __del__(self):
        print(f"  __del__ {self.ident}: registered? {self in Sensor.registry}, {len(Sensor.registry)} live")

    @classmethod
    def live(cls):
        return sorted(cls.registry, key=lambda s: s.ident)


ws = weakref.WeakSet()
print(type(ws).__name__, type(ws).__module__, repr(ws), len(ws), bool(ws))

s10 = Sensor(10)
s5 = Sensor(5)
s1 = Sensor(1)
s33 = Sensor(33)
print("set order:", list(Sensor.registry), "sorted:", Sensor.live())
print(s5 in Sensor.registry, Sensor(99) in Sensor.registry, 5 in Sensor.registry)
print("after the temporary:", Sensor.live())
del s5
print("after del s5:", Sensor.live())
s1 = None
print("after s1 = None:", Sensor.live())
group = [Sensor(i) for i in (7, 3, 12)]
print(Sensor.live())
group.pop()
print(Sensor.live())
del group
print(Sensor.live(), len(Sensor.registry))

print("-- add, discard, remove, pop, clear, copy, update")
items = [Sensor(n) for n in (2, 4)]
ws.update(items)
ws.add(items[0])
print(len(ws), sorted(ws, key=repr), items[0] in ws)
ws.discard(items[0])
ws.discard(items[0])
print(list(ws))
try:
    ws.remove(items[0])
except KeyError as e:
    print("KeyError", e.args[0]() is items[0])
ws.remove(items[1])
print(len(ws))
ws.update(items)
print(sorted(ws.copy(), key=repr), type(ws.copy()).__name__)
popped = ws.pop()
print(popped in items, len(ws))
ws.clear()
print(len(ws), list(ws), repr(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError", e)
for bad in [lambda: ws.add(1), lambda: ws.discard("s"), lambda: ws.remove(None), lambda: ws.update([1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
one = weakref.WeakSet([items[0]])
print(repr(one).startswith("{<weakref at 0x"), repr(one).endswith(">}"), len(one))
print(weakref.WeakSet[int])
del items, one, popped
print(len(ws), Sensor.live())
del s10, s33
print(Sensor.live())
