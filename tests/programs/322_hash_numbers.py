print(hash(0), hash(7), hash(-7), hash(-1), hash(-2))
print(hash(1.0) == hash(1), hash(True) == hash(1), hash(0.5))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash((1, 2)), hash((0,)), hash(()), hash((1, (2, 3))))
print(hash((-1,)), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
d = {1: "a", 1.0: "b"}
print(d, {0, 0.0, False})
print(len({hash(i) for i in range(100)}))
