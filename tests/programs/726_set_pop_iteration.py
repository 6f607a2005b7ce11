# set.pop() takes the first element at or after a "finger" the previous pop left (wrapping
# around), and a set iterator walks the table slot by slot, as in CPython.
s = {5, 13, 21, 2, 10, 7}
print(s)
out = []
while s:
    out.append(s.pop())
    print(out, s)
t = set(range(0, 50, 5))
print(t.pop(), t.pop(), t)
t.add(0)
print(t, t.pop())
t.clear()
t.update([3, 11, 19])
print(t.pop(), t)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
# Removing one element and adding another keeps the size: the iteration goes on, through the
# table as it is now.
u = {1, 2, 3, 4, 5}
seen = []
for x in u:
    seen.append(x)
    if x == 2:
        u.remove(4)
        u.add(12)
print(seen, u)
# A size change stops it, and every later next() says so again.
v = {1, 2, 3}
it = iter(v)
print(next(it))
v.add(99)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
v.discard(99)
try:
    next(it)
except RuntimeError as e:
    print("still:", e)
w = {1, 2}
it = iter(w)
print(list(it), list(it))
d = {1: "a"}
it = iter(d)
d[2] = "b"
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
