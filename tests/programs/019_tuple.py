t = (1, 2, 3)
print(t, type(t).__name__, len(t))
single = (5,)
print(single, (5), ())
packed = 1, "two", 3.0
print(packed)
print(t + (4,), t * 2, t[1:], t[::-1])
print(t.count(2), t.index(3), 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
nested = ((1, 2), ("a", ("b",)))
print(nested, nested[1][1][0])
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
a, b, c = t
print(a, b, c)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
m = ([1, 2], 3)
m[0].append(9)
print(m)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
