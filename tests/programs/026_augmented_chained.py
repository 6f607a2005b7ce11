a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias)
tup = (1, 2)
talias = tup
tup += (3,)
print(tup, talias)
s = "ab"
s *= 3
print(s)
class Box:
    pass
box = Box()
box.value = 10
box.value += 5
box.items = [0]
box.items[0] -= 7
print(box.value, box.items)
d = {"n": 1}
d["n"] *= 10
d["m"] = d["n"] = 3
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] = 5
grid[0][1] += 2
print(grid)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
n = 7
n <<= 2
n |= 1
n ^= 4
n &= 0xff
n >>= 1
print(n)
f = 2.0
f /= 4
f -= 1
print(f)
