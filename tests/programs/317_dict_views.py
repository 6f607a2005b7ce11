d = {"a": 1, "b": 2}
keys = d.keys()
values = d.values()
items = d.items()
d["c"] = 3
print(keys, values, items)
print(len(keys), "a" in keys, 2 in values, ("b", 2) in items)
del d["a"]
print(list(keys), list(values))
print(sorted(keys & {"b", "z"}), sorted(keys | {"z"}), sorted(keys - {"b"}))
for k, v in d.items():
    d[k] = v * 10
print(d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed(d)), list(reversed(d.values())))
print(dict(items) == d)
