class Default(dict):
    def __missing__(self, key):
        print("__missing__", key)
        self[key] = len(key)
        return self[key]

d = Default(a=1)
print(d["a"])
print(d["hello"])
print(d["hello"])
print(d.get("zz"), "zz" in d)
print(sorted(d.items()))
print(type(d).__name__, isinstance(d, dict))

class Plain(dict):
    pass
p = Plain()
try:
    p["x"]
except KeyError as e:
    print(type(e).__name__, e)
class Count(dict):
    def __missing__(self, key):
        return 0
c = Count()
for ch in "banana":
    c[ch] = c[ch] + 1
print(sorted(c.items()))
