a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= {"w": 0}
print(a)
print(dict(zip("abc", [1, 2, 3])), dict(a=1, b=2), dict([("k", "v")]))
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0))
c = a.copy()
c["x"] = 99
print(a["x"], c["x"])
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: 0, 2: 0}) == list({2: 0, 1: 0}))
sq = {n: n * n for n in range(5)}
print(sq)
inv = {v: k for k, v in sq.items() if v % 2 == 0}
print(inv)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested)
print(dict(sorted({"b": 1, "a": 2}.items())))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts, key=lambda k: -counts[k]))
d2 = {}
d2[(1, 2)] = "tuple key"
d2[None] = "none key"
print(d2)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
