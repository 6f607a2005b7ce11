def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd_rec(48, 18), gcd(17, 5), gcd(0, 9), lcm(4, 6))
result = 1
for i in range(1, 21):
    result = lcm(result, i)
print(result)
print(gcd(2 ** 100, 6 ** 50), gcd(-12, 8))
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(ext_gcd(240, 46))
def reduce_fraction(n, d):
    g = gcd(n, d)
    return n // g, d // g
print(reduce_fraction(84, 36), reduce_fraction(10, 100))
