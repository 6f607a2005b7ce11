class D(dict):
    __slots__ = ('a',)
d = D(x=1)
d.a = 5
print(d.a, d, D.a)
try:
    d.b = 1
except AttributeError as e:
    print(e)
try:
    print(D().a)
except AttributeError as e:
    print(e)
class L(list):
    __slots__ = ("tag",)
l = L([1, 2])
l.tag = "t"
print(l, l.tag, len(l))
del l.tag
try:
    l.tag
except AttributeError as e:
    print(e)
