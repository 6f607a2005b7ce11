r = range(10)
print(r, range(1, 10), range(1, 10, 2), range(10, 0, -3))
print(len(r), len(range(1, 10, 2)), len(range(10, 0)), len(range(0, 10, -1)))
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -1)), list(range(-3, 3)))
print(r[2:8:2], r[::-1], r[-1], r[3], list(r[::-2]))
print(5 in r, 10 in r, -1 in r, r.index(4), range(0, 10, 3).count(9))
print(list(reversed(range(1, 6))))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(3)[0:2], range(-5, 5)[::3])
for i in range(3, -4, -2):
    print(i, end=" ")
print()
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(range(10 ** 20)[-1], len(range(0, 10 ** 6, 7)))
