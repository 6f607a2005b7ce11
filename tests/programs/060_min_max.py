print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
print(min("apple", "fig", "kiwi", key=len), max(["apple", "fig", "kiwi"], key=len))
print(max([], default="empty"), min([], default=None), max([7], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]))
d = {"x": 3, "y": 9, "z": 1}
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(max([-5, 3, -7], key=abs), min(-5, 3, -7, key=abs))
print(max(1, 2.5, True), min(False, 0))
print(max("a", "B"), max(["ab", "b"]))
print(max([2, 2, 1], key=lambda x: 0))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
