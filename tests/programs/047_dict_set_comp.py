print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({x % 4 for x in range(20)}))
print(sorted({c for c in "mississippi"}))
words = ["one", "two", "three", "four"]
print({w: len(w) for w in words})
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({len(w): w for w in words})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
print(sorted({abs(x) for x in [-2, -1, 0, 1, 2]}))
print(len({s.lower() for s in ["A", "a", "B"]}))
