a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:2], a[::-3])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:2] = []
print(b)
b[-2:] = "yz"
print(b)
c = list(range(6))
c[::2] = ["a", "b", "c"]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del c[1::2]
print(c)
d = list(range(8))
del d[:3]
print(d)
s = slice(1, 6, 2)
print(s, a[s], slice(3), slice(None, None, -1))
print("abcdef"[s], (1, 2, 3, 4)[::-2])
e = [1, 2, 3]
e[len(e):] = [4, 5]
print(e)
e[:] = []
print(e)
