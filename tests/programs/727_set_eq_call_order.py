# Elements whose hashes collide are compared (__eq__) along the probe path, in slot order;
# elements already in a set keep their hash, so set operations between sets call no
# __hash__, while elements from other iterables are hashed as they come.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print(f"hash({self.v})", end=" ")
        return self.v % 4
    def __eq__(self, other):
        print(f"eq({self.v},{getattr(other, 'v', other)})", end=" ")
        return isinstance(other, K) and other.v == self.v
    def __repr__(self):
        return f"K{self.v}"

def line(label, value):
    print("->", label, value)

s = set()
for v in [0, 4, 1, 8, 5]:
    s.add(K(v))
line("built", s)
line("in", K(8) in s)
line("not in", K(12) in s)
s.remove(K(4))
line("removed", s)
s.add(K(12))
line("added", s)
t = {K(1), K(2), K(3)}
line("t", t)
line("s | t", s | t)
line("s & t", s & t)
line("s - t", s - t)
line("s ^ t", s ^ t)
line("s <= t", s <= t)
line("issubset(list)", t.issubset([K(3), K(2), K(1), K(7)]))
line("issuperset(list)", t.issuperset([K(1)]))
line("isdisjoint", t.isdisjoint([K(9), K(2)]))
def gen():
    for v in [2, 1, 3, 7]:
        print(f"yield {v}", end=" ")
        yield K(v)
line("intersection(gen)", t.intersection(gen()))
line("comprehension", {K(v) for v in [3, 7, 11]})
line("fromkeys", list(dict.fromkeys(t)))
line("copy", t.copy())
u = set(t)
u.update([K(5), K(2)])
line("update", u)
u.difference_update([K(2)])
line("difference_update", u)
