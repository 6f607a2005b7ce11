print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2))
print(int("12"), int("-12"), int("  42  "), int("+7"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2))
print(int("z", 36), int("0x1f", 16), int("0b11", 0), int("0o17", 0), int("99", 0))
print(int(3.9), int(-3.9), int(True), int(0.0))
print(int("1_000"))
for s in ["12a", "", "3.5", " ", "ff"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
