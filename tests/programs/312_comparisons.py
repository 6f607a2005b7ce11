a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 2 > 0)
print("abc" < "abd", "Z" < "a", "" < "a", "abc" > "ab")
print([1, 2, 3] < [1, 3], (1, "a") < (1, "b"), [1] == [1.0])
print(None is None, None == False, 0 == False, "" == False)
print(2 in [1, 2], "a" in {"a": 1}, 1 in {"a": 1}, "ell" in "hello", 3 in range(5))
print((1, 2) in [(1, 2)], [1] in [[1]], 0.5 in [0.5])
print(1 != 2, not 1 == 2, not (1 < 2 and 2 < 1))
print({1, 2} == {2, 1}, {"a": 1} == {"a": 1.0}, (1,) == [1])
print(max("apple", "Apple"), "apple" > "Apple")
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} < 2)
except TypeError as e:
    print("TypeError:", e)
