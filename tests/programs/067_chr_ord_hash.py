print(chr(65), chr(97), chr(48), chr(20320), chr(0x1F600) == "\U0001F600")
print(ord("A"), ord("z"), ord("0"), ord("你"), ord("\n"))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) - ord("a") for c in "abc"])
print(hash(0), hash(1), hash(-1), hash(42), hash(-2))
print(hash(True), hash(False), hash(1.0), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()), hash((1,)), hash((1, 2, 3)))
print(hash(10 ** 20), hash(-(10 ** 20)))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
