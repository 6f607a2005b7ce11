# Two starred targets in one assignment: a compile error, so nothing runs (not even the print).
print("never printed")
first, *middle, *rest = [1, 2, 3, 4]
print(first, middle, rest)
