print(str(10 ** 30), repr(-(10 ** 30)))
print(len(str(2 ** 1000)), str(2 ** 1000)[:10], str(2 ** 1000)[-10:])
n = 1
for i in range(1, 51):
    n *= i
print(n)
print(sum(int(d) for d in str(n)))
print(f"{2 ** 80:,}", f"{-(2 ** 70):_}", f"{10 ** 25:e}")
print(int("1" * 40) * 9 + 9)
print(2 ** 200 // 3 ** 100, 2 ** 200 % 3 ** 100)
print((-7) ** 31, (-(10 ** 20)) // 3, (-(10 ** 20)) % 3)
print(10 ** 20 == 10.0 ** 20, 2 ** 64 > 1.8e19, float(2 ** 100))
print(int(1e30), int(-1.5e20))
print(hex(2 ** 100), bin(2 ** 65))
