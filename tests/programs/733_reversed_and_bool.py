# __reversed__ of list, dict and range (the iterator types reversed() returns), and the
# __bool__ of range and None.
l = [1, 2, 3]
r = l.__reversed__()
print(type(r).__name__, list(r))
d = {'a': 1, 'b': 2, 'c': 3}
print(type(d.__reversed__()).__name__, list(d.__reversed__()), list(reversed(d.values())), list(reversed(d.items())))
print(type(range(3).__reversed__()).__name__, list(range(3).__reversed__()), list(range(10, 0, -3).__reversed__()), list(reversed(range(0))))
print(range(0).__bool__(), range(3).__bool__(), None.__bool__(), bool(range(0)), bool(range(1, 5, 2)))
print(list.__reversed__, dict.__reversed__, range.__reversed__, range.__bool__, type(None).__bool__)
print(type([].__reversed__).__name__, type(None.__bool__).__name__, type(range.__bool__).__name__, type(list.__reversed__).__name__)
class L(list):
    def __getitem__(self, i): return 'X'
    def __iter__(self): return iter('abc')
print(list(reversed(L([1, 2]))), list(L([1, 2])))
class D(dict):
    def __iter__(self): return iter('zz')
print(list(reversed(D(a=1, b=2))))
l = [1, 2, 3]; r = reversed(l); print(next(r)); l.clear(); print(list(r)); l.extend([5, 6, 7, 8]); print(list(r))
d = {1: 1, 2: 2}
try:
    for k in reversed(d): d[k + 10] = 0
except RuntimeError as e: print('RuntimeError', e)
d = {1: 1, 2: 2, 3: 3}
for k in reversed(d): d[k] = k * 10
print(d)
for k in reversed(d.keys()):
    if k == 2: del d[1]; d[9] = 9
print(d)
for name, args in [('list.__reversed__', ([], 1)), ('dict.__reversed__', ({}, 1))]:
    try: eval(name)(*args)
    except TypeError as e: print(e)
try: list.__reversed__(())
except TypeError as e: print(e)
try: range.__bool__(1)
except TypeError as e: print(e)
try: type(None).__bool__(None, 1)
except TypeError as e: print(e)
class T(tuple): pass
print(list(reversed(T((1, 2)))), type(reversed(T((1,)))).__name__, type(reversed((1,))).__name__)
print(sorted(set(dir(list)) - set(dir(object))) == sorted(set(dir([])) - set(dir(object))))
print('__reversed__' in dir(list), '__bool__' in dir(range), '__bool__' in dir(None))
print(list(reversed(range(-5, 5, 3))), list(reversed(range(5, -5, -3))))

# reversed() asks __reversed__ first: a subclass's override runs, None refuses.
class Backwards(list):
    def __reversed__(self):
        print("Backwards.__reversed__")
        return iter(["custom"])


class NotReversible(list):
    __reversed__ = None


print(list(reversed(Backwards([1, 2]))))
try:
    reversed(NotReversible([1]))
except TypeError as e:
    print("TypeError:", e)
it = reversed({"x": 1, "y": 2}.items())
print(type(it).__name__, next(it), list(it))
e = reversed({})
print(type(e).__name__, list(e))
print(list.__reversed__.__name__, list.__reversed__.__qualname__, dict.__reversed__.__qualname__)
print(type(list.__reversed__).__name__, type(range.__bool__).__name__, type(None.__bool__).__name__)
print(range.__bool__(range(5, 5)), range.__bool__(range(5, 6)), type(None).__bool__(None))
print(sorted(n for n in dir(range) if n.startswith("__") and n not in dir(object)))
