fruits = ["apple", "banana", "cherry"]
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, start=1):
    print(i, f)
print(list(enumerate("xy", 10)))
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1])))
names = ["a", "b"]
ages = [1, 2]
cities = ["x", "y"]
for n, a, c in zip(names, ages, cities):
    print(n, a, c)
print(dict(zip(names, ages)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)))
e = enumerate(["p", "q"])
print(next(e), next(e))
print(type(e).__name__, type(zip()).__name__)
print([i * v for i, v in enumerate([5, 5, 5])])
