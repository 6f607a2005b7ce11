# A number written against a keyword that valid code can have after it (`1if`, `0x10and`):
# CPython 3.11's tokenizer warns ("invalid decimal literal") as it reads it, then reads the
# number and the keyword apart. Its warnings come before the compiler's ("is" with a literal).
x = 1if True else 2
print(x)
print([1for c in "ab"])
print(1or 2, 0x1or 5, 1in [1], 1.5if 0 else 2.5, 0b1and 0)
print(0b1if 1 else 0, 0o7 if 1 else 0, 1not in [2])
print(x is 1)
print(2is 2)
