# Methods that take no arguments say so (list.copy(5)); pow with a negative exponent and a
# modulus uses the modular inverse.
for f in ([].copy, [].clear, [].reverse, {}.keys, {}.values, {}.items, {}.copy, {}.clear, {1: 2}.popitem, set().clear, set().copy, {1}.pop):
    for call in (lambda: f(5), lambda: f(x=1)):
        try:
            call()
        except TypeError as e:
            print(e)
print([3, 1].copy(), {1: 2}.copy(), {5}.pop())
print(pow(3, -1, 7), pow(2, -2, 7), pow(38, -1, 97), pow(3, -1, -7), pow(-3, -2, 7), pow(10**20 + 1, -1, 97), pow(5, -3, 1))
for args in ((2, -1, 4), (0, -1, 5), (3, -1, 0)):
    try:
        print(pow(*args))
    except ValueError as e:
        print(e)
