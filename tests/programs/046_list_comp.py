print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(6)])
print([c.upper() for c in "hello" if c != "l"])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([len(w) for w in "a bb ccc".split()])
words = ["apple", "Banana", "cherry"]
print([w for w in words if w[0].isupper()])
print([i for i in range(3) for _ in range(2)])
x = "outer"
print([x for x in "ab"], x)
print([[j for j in range(i)] for i in range(4)])
print([n for n in [1, 2, 3, 4, 5, 6] if n > 2 if n < 6])
print([str(n) + "!" for n in (1, 2)])
print([f(3) for f in (abs, str, float)])
pairs = [(1, "a"), (2, "b")]
print([k for k, _ in pairs], [v * k for k, v in pairs])
