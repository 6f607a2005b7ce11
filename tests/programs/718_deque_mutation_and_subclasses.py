# A deque notices when it changes under an iteration (CPython's "deque mutated during
# iteration"), compares items with their __eq__, and can be subclassed: copy() and + call
# the subclass, whose __init__ and __iter__ run.
from collections import deque

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

q = deque([1, 2, 3])
def grow_while_iterating():
    for x in q:
        q.append(x)
attempt(grow_while_iterating)
print(q)
def shrink_while_reversed():
    for x in reversed(q):
        q.pop()
attempt(shrink_while_reversed)
print(q)
def replace_while_iterating():
    d = deque([1, 2, 3])
    for x in d:
        d[0] = x
    return d
attempt(replace_while_iterating)
def reverse_while_iterating():
    d = deque([1, 2, 3])
    seen = []
    for x in d:
        seen.append(x)
        d.reverse()
    return seen
attempt(reverse_while_iterating)

class Meddler:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        print('Meddler.__eq__', other)
        self.d.append(0)
        return False
for method in ('count', 'index', 'remove'):
    w = deque([1, 2, 3])
    attempt(lambda: getattr(w, method)(Meddler(w)))
w = deque([1, 2, 3])
attempt(lambda: Meddler(w) in w)

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return isinstance(other, Loud) and self.v == other.v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return f'L{self.v}'
a = deque([Loud(1), Loud(2)])
b = deque([Loud(1), Loud(3)])
print(a == b, a != b, a < b, b > a)
print(a.count(Loud(2)), Loud(2) in a, a.index(Loud(2)))
a.remove(Loud(2)); print(a)
nan = float('nan')
print(deque([nan]).count(nan), deque([float('nan')]).count(float('nan')), nan in deque([nan]))

class History(deque):
    def __init__(self, items=(), maxlen=5):
        print('History.__init__', list(items), maxlen)
        super().__init__(items, maxlen)
    def last(self):
        return self[-1]
h = History([1, 2])
h.append(3)
print(h, h.last(), h.maxlen, type(h).__name__, isinstance(h, deque))
c = h.copy(); print(c, type(c).__name__)
print(h + deque([9]), h * 2)
h.note = 'kept'; print(h.note, h.__dict__)

class Slotted(deque):
    __slots__ = ()
s = Slotted([1])
def set_on_slotted():
    s.y = 1
attempt(set_on_slotted)
print(s)

class Lazy(deque):
    def __init__(self, *args):
        print('Lazy.__init__ ignores', args)
lazy = Lazy([1, 2]); print(lazy, len(lazy))
attempt(lambda: lazy.copy())

class Custom(deque):
    def __iter__(self):
        print('Custom.__iter__')
        return super().__iter__()
cu = Custom([1, 2])
print(list(cu), deque(cu), cu == deque([1, 2]), repr(cu))
plain = deque([0]); plain.extend(cu); print(plain)

class Reflected:
    def __radd__(self, other):
        return 'Reflected.__radd__'
    def __rmul__(self, other):
        return 'Reflected.__rmul__'
print(deque() + Reflected(), deque() * Reflected())

# deque.__new__ names both types by their tp_name.
try:
    deque.__new__(int)
except TypeError as e:
    print(e)
