def level3(x):
    return [1, 2, 3][x]
def level2(x):
    return level3(x * 2)
def level1(x):
    return level2(x + 1)
for i in range(3):
    print(i, level1(i))
