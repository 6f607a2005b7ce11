# types.SimpleNamespace: keyword attributes, namespace(...) repr (recursive too), equality.
import types
n = types.SimpleNamespace(b=2, a='x')
print(n, n.a, n == types.SimpleNamespace(b=2, a='x'), n == 1, n != types.SimpleNamespace(), type(n).__name__, type(n).__module__, repr(type(n)))
n.c = 3; del n.b; print(n, vars(n))
class S(types.SimpleNamespace): pass
print(S(x=1), S(x=1) == types.SimpleNamespace(x=1))
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
m = types.SimpleNamespace(); m.me = m; print(m)
p = types.SimpleNamespace(items=[1, 2], name="point")
p.items.append(3)
print(p, hasattr(p, "name"), getattr(p, "missing", None))
