# Removing an element leaves a "dummy" in its slot of CPython's set table: lookups go on
# past it, an addition reuses the last dummy on its probe path, and only new slots count
# towards the 60% fill that makes the table grow. So the order after removals depends on
# what was there before (ints hash to themselves; 8 slots at first).
s = {0}
s.add(1)
s.add(8)
print(s)
s.remove(0)
s.remove(8)
print(s)
s.add(16)
print(s)
s.add(0)
print(s)
# The same elements, added and removed in another order, can come out in another order.
t = set()
for x in [9, 1, 17, 25]:
    t.add(x)
print(t)
t.discard(1)
t.discard(9)
t.add(33)
t.add(1)
print(t)
u = set()
for x in [1, 9, 17, 25]:
    u.add(x)
u.discard(9)
u.add(33)
print(u, t == u, list(t) == list(u))
# Dummies fill the table too: adding after many removals rebuilds it, dropping them.
v = set(range(5))
for i in range(5, 40):
    v.add(i)
    v.discard(i - 5)
    if i % 7 == 0:
        print(i, v)
print(v)
# difference_update rebuilds the table when more than a quarter of its slots are dummies.
w = set(range(0, 64, 4))
print(w)
w.difference_update({0, 4, 8, 12, 16})
print(w)
w.add(128)
w.add(64)
print(w)
w2 = set(range(0, 64, 4))
for x in [0, 4, 8, 12, 16]:
    w2.discard(x)
w2.add(128)
w2.add(64)
print(w2, w == w2)
# clear() starts again from a small table.
c = set(range(100))
c.clear()
c.update([9, 1, 17])
print(c)
