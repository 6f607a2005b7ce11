# deque: appends and pops at both ends, indexing, iteration, comparison, repr.
from collections import deque

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d, list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2]); print(d)
d.reverse(); print(d)
print(d.count(1), d.index(5), d.index(1, 2), d.index(1, -5, -1))
d.remove(5); print(d)
d.insert(0, 'a'); d.insert(100, 'z'); d.insert(-1, 'y'); d.insert(2, 'm'); d.insert(-100, 'b'); print(d)
c = d.copy(); print(c, c == d, c is d, c.maxlen, d.__copy__())
d[0] = 'first'; del d[1]; print(d)
d.clear(); print(d, bool(d), len(d), deque() or 'empty')
print(deque('abc'), deque(range(4)), deque(x * x for x in range(4)), deque(deque([7])))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque([0]), deque([1, 2]) * 0)
e = deque([1]); e += [2, 3]; print(e)
e *= 2; print(e)
e += e; print(e)
e.extend(e); print(len(e))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) < deque([1, 2, 0]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 5]))
print(deque([1, 2]) >= deque([1, 2, 3]), deque([1, 2]) == [1, 2], deque() == deque())
print(sorted(deque([3, 1, 2])), sum(deque([3, 1, 2])), max(deque([3, 1, 2])), [x * 2 for x in deque([1, 2])])
r = deque([1]); r.append(r); print(r)
print(deque([[1, 2], (3,), 'x', None]))
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter(deque())), type(reversed(deque())), type(deque()), deque.__module__)
print(deque.maxlen, deque[int], isinstance(deque(), deque))
print(deque.__doc__)

queue = deque()
for task in ['wash', 'dry', 'fold']:
    queue.append(task)
while queue:
    print('doing', queue.popleft(), 'left', len(queue))

graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['e'], 'e': []}
seen, order, todo = {'a'}, [], deque(['a'])
while todo:
    node = todo.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            todo.append(nxt)
print(order)

stack = deque()
for ch in '(a[b]{c})':
    if ch in '([{':
        stack.append(ch)
    elif ch in ')]}':
        print('closes', stack.pop())
print(stack)
