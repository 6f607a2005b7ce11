# Messages name CPython's C types by their dotted tp_name (functools.partial, collections.OrderedDict,
# _thread.lock, weakref.ReferenceType, types.SimpleNamespace); reprs and Python classes keep the short name.
import functools, collections, types, threading, weakref
def f(): pass
tests = [lambda: functools.partial(f).x, lambda: collections.OrderedDict().x, lambda: collections.defaultdict(int).x,
         lambda: types.SimpleNamespace()[0], lambda: threading.Lock().x, lambda: threading.RLock().x, lambda: weakref.ref(f) < 1,
         lambda: len(functools.partial(f)), lambda: functools.partial(f) + 1, lambda: hash(collections.OrderedDict()),
         lambda: weakref.ref(f).x, lambda: weakref.finalize(f, f).x, lambda: functools.cached_property(f).x]
for t in tests:
    try: t()
    except Exception as e: print(type(e).__name__, e)
print(repr(weakref.ref(functools.partial(f))).split(";")[1].split(" at")[0])
print(collections.OrderedDict(a=1), collections.defaultdict(int), types.SimpleNamespace(a=1))
class OD(collections.OrderedDict): pass
print(OD(a=1))
try: OD().x
except AttributeError as e: print(e)
