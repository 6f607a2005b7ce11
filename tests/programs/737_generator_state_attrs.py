# A generator's state: gi_running while its body runs, gi_suspended at a yield, gi_yieldfrom the
# iterator a suspended yield from delegates to; __name__ and __qualname__ can be assigned.
def inner():
    print('inner sees', outer_gen.gi_yieldfrom, outer_gen.gi_running, outer_gen.gi_suspended)
    x = yield 1
    yield x
def outer():
    print('running', outer_gen.gi_running, outer_gen.gi_suspended)
    r = yield from inner()
    yield 'after'
outer_gen = outer()
g = outer_gen
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(next(g))
print(g.gi_running, g.gi_suspended, type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(g.send('s'))
print(next(g), g.gi_yieldfrom)
for _ in g: pass
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
def simple(): yield 1
s = simple()
print(s.__name__, s.__qualname__)
class K:
    def meth(self):
        yield 1
k = K().meth()
print(k.__name__, k.__qualname__)
k.__name__ = 'renamed'
print(k.__name__, k.__qualname__)
k.__qualname__ = 'Q.q'
print(k.__name__, k.__qualname__, repr(k).startswith("<generator object Q.q at 0x"))
for bad in [1, None]:
    try: k.__name__ = bad
    except TypeError as e: print('TypeError', e)
try: del k.__qualname__
except TypeError as e: print('TypeError', e)
for n in ['gi_running', 'gi_suspended', 'gi_yieldfrom']:
    try: setattr(k, n, 1)
    except AttributeError as e: print('AttributeError', e)
    try: delattr(k, n)
    except AttributeError as e: print('AttributeError', e)
print(type(k).gi_running, type(k).gi_yieldfrom, type(k).__name__)
ge = (x for x in range(2))
print(ge.__name__, ge.gi_running, ge.gi_suspended)
next(ge)
print(ge.gi_suspended)
def f():
    g2 = (i for i in [1])
    return g2
print(f().__qualname__, f().__name__)
try: k.gi_foo = 1
except AttributeError as e: print('AttributeError', e)
def itgen():
    yield from [1, 2]
it = itgen(); next(it)
print(type(it.gi_yieldfrom).__name__)
def pipeline():
    def stage(name, n):
        for i in range(n):
            print(f"  {name} yields {i}; outer suspended? {outer.gi_suspended} running? {outer.gi_running}")
            yield i
        return f"{name} done"

    first = yield from stage("first", 2)
    print("  got", first)
    second = yield from stage("second", 1)
    print("  got", second)


outer = pipeline()
for value in outer:
    yf = outer.gi_yieldfrom
    print(value, yf.__name__ if yf is not None else None, yf.gi_suspended if yf is not None else None)
print(outer.gi_suspended, outer.gi_yieldfrom, outer.gi_running)
g = pipeline()
g.close()
print(g.gi_suspended, g.gi_running)
print(type(g).gi_suspended, type(g).__name__, [n for n in ("gi_running", "gi_suspended", "gi_yieldfrom", "__name__", "__qualname__") if n in dir(g)])
