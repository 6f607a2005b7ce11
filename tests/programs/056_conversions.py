print(int("42"), int(4.9), int(-4.9), int(True), int("-0"))
print(float("3.5"), float(2), float("inf"), float("-1e3"), float(" 7 "))
print(bool(""), bool("0"), bool(0), bool(0.0), bool([None]))
print(str(3.0), str(10 ** 3), str([]), str(()))
print(list("abc"), list((1, 2)), list({3: 4}), list(range(2)))
print(tuple([1, 2]), tuple("xy"), tuple({"k": 1}))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict({"x": 0}), dict([["p", "q"]]))
print(sorted(set([3, 1, 3])), sorted(set("aab")), set())
print(list(map(int, "123")), [float(x) for x in ["1", "2.5"]])
print(int(float("1e3")), float(int("7")), str(int("010")))
print(list(enumerate("ab")), list(zip([1, 2], "ab")))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
