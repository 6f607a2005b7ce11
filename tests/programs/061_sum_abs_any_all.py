print(sum([1, 2, 3]), sum([]), sum(range(5), 10), sum([0.5, 0.25]), sum([1, 2], start=100))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(10 ** 30)), abs(True))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any("abc"), all(x > 0 for x in []), any(x for x in [0, 0.0]))
print(any(range(0)), all(range(1, 5)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
