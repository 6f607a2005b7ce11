def standalone(self, x):
    return f"{type(self).__name__} got {x}"

class K:
    pass

K.method = standalone
k = K()
print(k.method(1))
k.inst = standalone
try:
    k.inst(1)
except TypeError as e:
    print(type(e).__name__, e)
print(k.inst(k, 2))
bound = standalone.__get__(k, K)
print(bound(3), type(bound).__name__)
print(standalone.__get__(None, K) is standalone)
print(hasattr(standalone, "__get__"), hasattr(standalone, "__set__"))
K.lam = lambda self: "lambda as method"
print(k.lam())
K.sm = staticmethod(standalone)
print(K.sm(k, 4), k.sm(k, 5))
