# Arithmetic the interpreter answers on a fast path must equal CPython's general rules:
# true division, mixed int/float, ints beyond 2**53, signed zeros, infinities, overflow to bigint.
vals = [0, 1, -1, 7, 2**53, 2**53 + 1, -(2**53) - 1, 2**62, -(2**63), 10**20, 0.0, -0.0, 0.1, 2.5, -3.75,
        1e308, float('inf'), float('-inf')]
for a in vals:
    row = []
    for b in vals:
        for op in ('+', '-', '*', '/'):
            try:
                r = {'+': a + b, '-': a - b, '*': a * b}[op] if op != '/' else a / b
                row.append(repr(r))
            except ZeroDivisionError as e:
                row.append('ZeroDivisionError: ' + str(e))
            except OverflowError as e:
                row.append('OverflowError: ' + str(e))
    print(a, ' '.join(row))
x = 0
for i in range(10):
    x += i / 3
    x -= i * 0.5
print(x, 7 / 2, -7 / 2, 1 / 3, 2**53 / 3, (2**53 + 1) / 3, 10**20 / 7)
print(9007199254740993 + 0.0, 9007199254740993 * 1.0, -9007199254740993 - 0.0)
print(0.1 + 0.2, 1e16 + 1, 3 * 0.1, 2**63 - 1 + 1, -(2**63) - 1)
