# int(x, base): the base is checked first, then the argument's type, then its digits.
cases = [("12", 1), ("12", 37), (5, 1), (5, 10), ("z", 36), ("12", -1), (5, 0), ("0x1f", 0),
         ("0b101", 2), ("0o17", 8), ("1_000", 10), ("1__0", 10), (" 42 ", 10), (3.5, 2)]
for x, base in cases:
    try:
        print(repr(x), base, "->", int(x, base))
    except (ValueError, TypeError) as e:
        print(repr(x), base, "->", type(e).__name__, e)
try:
    int(base=2)
except TypeError as e:
    print(e)
print(int("11", base=2), int(x="11", base=3) if False else int("11", 3))
