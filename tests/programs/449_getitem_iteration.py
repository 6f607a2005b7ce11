class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError("done")
        return i * i

s = Squares()
print(list(s))
for v in s:
    print(v, end=" ")
print()
it = iter(s)
print(type(it).__name__, next(it), next(it))
a, b, *rest = s
print(a, b, rest)

class Mapping:
    def __getitem__(self, key):
        print("key", repr(key))
        return str(key)
m = Mapping()
print(m["x"], m[1:3], m[1, 2])
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
for k in Mapping():
    if k == "2":
        break
