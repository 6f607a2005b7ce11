inf = float("inf")
nan = float("nan")
print(inf > 10 ** 300, -inf < -10 ** 300, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 0.1 + 0.2 == 0.3)
print(abs(-2.5), abs(-0.0), abs(-inf))
print(max(1, 2.5), min(-1, -1.5), sum([0.1] * 10))
print(3 * 1.5, 3 + 0.5, 10 - 0.25)
print(int(2.999999), float(7) / 2, 7 / 2.0)
print(divmod(-7.5, 2), divmod(7, 0.5))
print(1.5.is_integer(), 2.0.is_integer())
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio())
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
