points = [(1, 2), (3, 4), 5]
for x, y in points:
    print(x + y)
