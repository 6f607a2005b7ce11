# Sets iterate and print in CPython's hash-table order: {10, 5, 1} is {1, 10, 5}; copies,
# unions and constant literals start from the presized tables CPython's set_merge makes.
print({3,1,2}, {10,5,1}, {-1, 7, 100, 33}, set([8, 1]), {1, 8})
s = set()
for i in [40, 3, 17, 9, 1, 64, 25, 2, 100, 1000, 8, 16, 24, 32]:
    s.add(i)
    print(s)
print(list({x * 7 for x in range(20)}))
print(sorted({5, 3}), frozenset([9, 1, 17]), tuple({12, 4}))
a = {1, 9, 17}
b = {25, 2}
print(a | b, a & {9, 1}, a - {9})
print(set(range(30, 0, -3)))
s = {20, 3, 17}
print(s.pop(), s)
print({2.5, 1.0, 0.5}, {True, 2, 9}, {(1, 2), (0, 9)})
for x in {12, 4, 1}:
    print(x, end=" ")
print()
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
print({20, 3, 17, 1, 5}, {20, 3, 17, 1, 5, -1, 63}, set({20, 3, 17, 1, 5}), {20, 3, 17, 1, 5}.copy())
x = [20, 3, 17, 1, 5]
print(set(x), {*x}, {v for v in x}, set(set(x)), frozenset(x), set(frozenset(x)))
print({1, 9, 17} | {25, 2}, {1, 2, 3, 4, 5} | {40, 33, 65}, set(range(8)) | set(range(8, 16)))
print({9, 1, 17, 33} & {33, 17, 1}, {9, 1, 17, 33} - {1})
d = dict.fromkeys([30, 2, 14]); print(set(d), {(1, 2), (30, 4)})
