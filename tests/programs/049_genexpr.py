g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((c for c in "banana"), reverse=True))
print(tuple(i for i in range(3)), set(i % 2 for i in range(5)) == {0, 1})
print(", ".join(str(i) for i in range(4)))
evens = (n for n in range(100) if n % 2 == 0)
for e in evens:
    if e > 6:
        break
    print(e, end=" ")
print()
print(next(evens))
def consumed():
    it = (print("producing", i) or i for i in range(3))
    print("created")
    return list(it)
print(consumed())
print(dict((k, k * 2) for k in "ab"))
print(min((abs(x - 5), x) for x in [1, 4, 7, 9]))
