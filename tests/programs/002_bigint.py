print(2 ** 64)
print(2 ** 64 - 1)
print(2 ** 100)
print(-(2 ** 70))
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // 10 ** 20, f % 10 ** 20)
print(-f // 7, -f % 7)
print(divmod(2 ** 100, 12345))
print(divmod(-(2 ** 100), 12345))
big = 123456789012345678901234567890
print(big * big)
print(big - big + 1)
print(big > 2 ** 63, big == big + 0)
print(len(str(2 ** 1000)))
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print((2 ** 64) // 3, (2 ** 64) % 3)
print(type(2 ** 100).__name__)
print(int("99999999999999999999999") + 1)
print(abs(-(10 ** 25)))
print(10 ** 20 / 4)
