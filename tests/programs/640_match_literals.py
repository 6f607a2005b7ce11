# Literal, singleton, capture and wildcard patterns; or-patterns, guards, soft keywords.


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case 1_000_000:
            return "a million"
        case "hello":
            return "greeting"
        case "a" "b":
            return "concatenated ab"
        case None:
            return "nothing"
        case True:
            return "true"
        case False:
            return "false"
        case str() if len(x) > 3:
            return "long string " + x
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return "other " + repr(x)


for v in [0, 1, 2, 3, -1, -2.5, 1000000, "hello", "ab", None, True, False, 0.0, 1.0, 2.0,
          "hi", "hiya", 101, 50, [], (), 3.5, -0]:
    print(repr(v), "->", describe(v))

# True/False/None compare by identity; 1 == True but 1 is not True.
for v in [1, True, 0, False, 1.0]:
    match v:
        case True:
            print(repr(v), "is True")
        case False:
            print(repr(v), "is False")
        case _:
            print(repr(v), "is neither singleton")

# A literal pattern compares with ==: 1 matches True and 1.0.
for v in [True, 1.0, 1]:
    match v:
        case 1:
            print(repr(v), "== 1")

# A capture binds, the wildcard does not.
match 42:
    case answer:
        print("captured", answer)
match 43:
    case _:
        print("wildcard matched")
print("_" in globals())

# No case matches: nothing happens.
match 99:
    case 1:
        print("one")
    case 2:
        print("two")
print("after a match with no match")

# Tuple subject without parentheses.
a, b = 1, 2
match a, b:
    case 1, 2:
        print("tuple subject matched")
match a, b,:
    case (x, y):
        print("trailing comma subject", x, y)
match [a, b]:
    case [1, 2] | [2, 1]:
        print("list subject")

# Guards run only when the pattern matches, in order.
def check(label, result):
    print("guard", label, "->", result)
    return result


for v in [1, 2, 3]:
    match v:
        case 1 if check("A", False):
            print("A")
        case 1 | 2 if check("B", v == 2):
            print("B", v)
        case x if check("C", True):
            print("C", x)

# `match` and `case` stay ordinary names.
match = 1
case = 2
print(match, case)
match += 1
print(match)


def match(*args):
    return ("called match", args)


print(match(1, 2))
print(match (3))
d = {"match": 1}
match = d
print(match["match"])


class Holder:
    case = 5
    match = 6


h = Holder()
print(h.case, h.match)
match = [10, 20]
match[0] = 11
print(match)
match, case = case, 7
print(match, case)

# Strings are not sequences for patterns; str() matches them.
match "xy":
    case [a, b]:
        print("sequence", a, b)
    case str(s):
        print("string", s)

# Nested or-patterns with parentheses, and as-patterns.
for v in [1, 5, 7, 9]:
    match v:
        case (1 | 5) as small:
            print("small", small)
        case ((7) | (8)) as mid:
            print("mid", mid)
        case other:
            print("other", other)
