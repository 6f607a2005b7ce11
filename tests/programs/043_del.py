x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), vars(o))
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print("NameError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del o.missing
except AttributeError as e:
    print("AttributeError:", e)
def f():
    y = 1
    del y
    return "deleted local"
print(f())
