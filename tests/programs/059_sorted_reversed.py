nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), nums)
print(sorted(nums, reverse=True))
words = ["banana", "Apple", "cherry", "fig", "Date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
records = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: -r[1]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(list(reversed((1, 2))), "".join(reversed("stressed")))
r = reversed([1, 2])
print(type(r).__name__, next(r))
print(sorted([3.5, 1, 2.25, -1]), sorted([True, False, 2]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
