a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(2 ** 10, 2 ** 0, 0 ** 0)
print(2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3)
print(-2 ** 2, (-2) ** 2)
print(7 // 7, 0 // 5, 0 % 5)
print(10 / 2, type(10 / 2).__name__, type(10 // 2).__name__)
x = 100
x //= 7
print(x)
x %= 4
print(x)
x **= 5
print(x)
print(1_000_000 + 1)
print(0x1F, 0o17, 0b1011)
print(abs(-42), -(-42), +7)
print(3 < 5 < 7, 3 < 5 > 7)
