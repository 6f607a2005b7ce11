# A keyword repeated after ** is refused; unpacking a list or tuple subclass goes through its __iter__.
def f(**kw): return kw
try: f(**{'a': 1}, a=2)
except TypeError as e: print(e)
try: f(a=2, **{'a': 1})
except TypeError as e: print(e)
try: print(f(**{'a': 1}, **{'b': 2}, c=3))
except TypeError as e: print(e)
try: dict(**{'a': 1}, a=2)
except TypeError as e: print(e)
class L(list):
    def __iter__(self):
        yield from [7, 8, 9]
try:
    a, b = L([1, 2])
except ValueError as e: print(e)
a, b, c = L([1, 2])
print(a, b, c, list(L([1])), [*L([1])], sorted(L([3])))
x, *y = L([])
print(x, y)
for v in L([1]): print(v)
class T(tuple):
    def __iter__(self):
        return iter("xy")
p, q = T((1, 2, 3))
print(p, q, list(T((5,))))
