d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d))
print(d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.setdefault("a", 100), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("zz", "none"), d)
print(d.popitem(), d)
d.update({"x": 9, "a": 0})
d.update(y=8)
d.update([("w", 7)])
print(d)
del d["x"]
print(d)
for k in d:
    print(k, d[k], end=" | ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
