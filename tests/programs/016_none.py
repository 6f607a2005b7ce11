x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, bool(x))
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
r = print("side effect")
print(r)
lst = [3, 1, 2]
print(lst.sort(), lst)
d = {}
print(d.get("k"), d.get("k", "default"))
values = [None, 0, "", "a"]
print([v for v in values if v is not None])
print([v for v in values if v])
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    None()
except TypeError as e:
    print("TypeError:", e)
