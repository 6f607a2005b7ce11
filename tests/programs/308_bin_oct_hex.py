for n in [0, 5, 255, -10, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n))
print(int(bin(37), 2), int(hex(255), 16), int(oct(8), 8))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" + out if neg else out
print(to_base(255, 2), to_base(255, 16), to_base(-100, 7), to_base(10 ** 20, 36))
print((255).bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length())
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(2, -1))
print(bin(5 & 3), bin(5 | 3), bin(5 ^ 3), bin(~5), -5 >> 1, -5 << 2)
print(f"{10:b} {10:o} {10:x} {10:#010b}")
