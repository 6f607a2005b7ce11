def kw(a, *, b, c=3):
    return (a, b, c)
print(kw(1, b=2), kw(1, c=0, b=5))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
def pos(a, b, /, c, d=4):
    return (a, b, c, d)
print(pos(1, 2, 3), pos(1, 2, c=3, d=5))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def both(x, /, y, *, z):
    return x + y + z
print(both(1, 2, z=3), both(1, y=2, z=3))
def pos_kwargs(name, /, **kw):
    return name, kw
print(pos_kwargs("n", name="also"))
try:
    kw(1, b=2, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
