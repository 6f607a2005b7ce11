# deque(maxlen=n) drops from the other end; rotate, insert, remove, index; and the errors
# with CPython's messages.
from collections import deque

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

last3 = deque(range(10), maxlen=3)
print(last3, last3.maxlen)
last3.append(10); print(last3)
last3.appendleft(-1); print(last3)
last3.extend([20, 21]); print(last3)
last3.extendleft([30, 31]); print(last3)
attempt(lambda: last3.insert(0, 1))
print(last3.copy(), last3 + deque([1]), last3 * 2, deque([1, 2, 3], maxlen=4) * 3, deque([1], maxlen=4) * 10)
none = deque(maxlen=0); none.append(1); none.extend([1, 2]); none.appendleft(3); print(none)
r = deque(range(6))
r.rotate(2); print(r)
r.rotate(-3); print(r)
r.rotate(); print(r)
r.rotate(100); print(r)
r.rotate(-100); print(r)
deque([1]).rotate(5); deque().rotate(-1)
print(deque(range(3), 2), deque(range(3), None), deque(range(3), True), deque(iterable=[1], maxlen=1))

def moving_average(values, n=3):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        yield sum(window) / len(window)
print([round(a, 2) for a in moving_average([40, 30, 50, 46, 39, 44])])

attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque([1, 2]).remove(5))
attempt(lambda: deque([1, 2]).index(5))
attempt(lambda: deque(range(5)).index(3, 0, 3))
attempt(lambda: deque(range(5)).index(3, 10))
attempt(lambda: deque(range(5)).index(4, -2))
attempt(lambda: deque(range(5)).index(4, 1.5))
attempt(lambda: deque([1])[5])
attempt(lambda: deque([1])[-5])
attempt(lambda: deque([1])['a'])
attempt(lambda: deque([1])[0:1])
attempt(lambda: deque()[0])
attempt(lambda: deque([1]) + [1])
attempt(lambda: [1] + deque([1]))
attempt(lambda: deque([1]) + 1)
attempt(lambda: 1 + deque([1]))
attempt(lambda: deque([1]) * 'a')
attempt(lambda: deque([1]) * 1.5)
attempt(lambda: deque([1]) - deque([1]))
attempt(lambda: -deque())
attempt(lambda: deque([1]) < [1])
attempt(lambda: deque([1]) < deque(['a']))
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(maxlen='a'))
attempt(lambda: deque(maxlen=2.0))
attempt(lambda: deque([1], 2, 3))
attempt(lambda: deque(1))
attempt(lambda: deque(foo=1))
attempt(lambda: deque([1], iterable=[2]))
attempt(lambda: deque().rotate('a'))
attempt(lambda: deque().rotate(1, 2))
attempt(lambda: deque().rotate(n=1))
attempt(lambda: deque().insert('a', 1))
attempt(lambda: deque().insert(1))
attempt(lambda: deque().append())
attempt(lambda: deque().append(x=1))
attempt(lambda: deque().pop(1))
attempt(lambda: deque().count())
attempt(lambda: deque().index())
attempt(lambda: deque().remove())
attempt(lambda: deque.append(5, 1))
attempt(lambda: deque.__len__(5))
attempt(lambda: hash(deque()))
attempt(lambda: {deque(): 1})
attempt(lambda: deque().nothing)

def set_maxlen():
    deque().maxlen = 3
def del_maxlen():
    del deque().maxlen
def set_attr():
    deque().colour = 'red'
def del_item():
    d = deque([1])
    del d[3]
def set_item():
    d = deque([1])
    d[3] = 0
attempt(set_maxlen)
attempt(del_maxlen)
attempt(set_attr)
attempt(del_item)
attempt(set_item)
