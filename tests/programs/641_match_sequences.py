# Sequence patterns: lists, tuples, ranges and their subclasses; star patterns; what is not a
# sequence (str, dict, set, iterators).


def shape(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only!r}"
        case [first, second]:
            return f"two: {first!r}, {second!r}"
        case [1, *middle, 9]:
            return f"1..9 with middle {middle}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first {first!r}, {len(rest)} more"
        case [*_, last]:
            return f"ends with {last!r}"
        case _:
            return "not a sequence"


for v in [[], [1], (1,), [1, 2], (1, 2), [1, 2, 9], [1, 9], [1, 5, 6, 9], [0, 1, 2, 3, 4],
          [0, 1, 2], range(3), range(0), range(1, 10), "abc", "", {"a": 1}, {1, 2}, 5,
          iter([1, 2]), frozenset(), None]:
    print(type(v).__name__, "->", shape(v))

# Star captures are always lists, even from a tuple or a range.
match (1, 2, 3, 4):
    case (a, *b, c):
        print(a, b, c, type(b).__name__)
match range(5):
    case [*init, last]:
        print(init, last)
match [1]:
    case [*everything]:
        print("everything", everything)
match []:
    case [*everything]:
        print("everything of empty", everything)

# Nested sequences and open sequence patterns (without brackets).
match [1, [2, 3], (4, [5, 6])]:
    case [a, [b, c], (d, [e, f])]:
        print(a, b, c, d, e, f)
match (1, 2):
    case a, b:
        print("open sequence", a, b)
match (1, (2, 3)):
    case a, (b, *c):
        print("open nested", a, b, c)
match [1, 2, 3]:
    case 1, *rest:
        print("open star", rest)
match [1, 2, 3]:
    case [*_]:
        print("any sequence")
match [1, 2, 3]:
    case [_, _, _]:
        print("three items")


# A list subclass: its __len__ and __getitem__ run, in CPython's order.
class Loud(list):
    def __len__(self):
        n = super().__len__()
        print("  __len__ ->", n)
        return n

    def __getitem__(self, i):
        v = super().__getitem__(i)
        print("  __getitem__", i, "->", v)
        return v


print("unpacking form:")
match Loud([1, 2, 3]):
    case [a, b, c]:
        print("matched", a, b, c)
print("star capture form:")
match Loud([1, 2, 3]):
    case [a, *rest]:
        print("matched", a, rest)
print("star wildcard form (indexing):")
match Loud([1, 2, 3, 4]):
    case [a, *_, b]:
        print("matched", a, b)
print("only wildcards:")
match Loud([1, 2]):
    case [_, _]:
        print("matched two")
print("wrong length:")
match Loud([1, 2]):
    case [a, b, c]:
        print("no")
    case [a, *_, b, c, d]:
        print("no")
    case _:
        print("length checks failed")
print("sub-pattern fails midway:")
match Loud([1, 2, 3, 4, 5]):
    case [1, *_, 4, 6]:
        print("no")
    case [9, *_, 5]:
        print("no")
    case [1, *_, 5]:
        print("first and last")


class Pair(tuple):
    pass


match Pair((1, 2)):
    case (x, y):
        print("tuple subclass", x, y)
match Pair((1, 2)):
    case Pair(p):
        print("Pair() matches itself", p, type(p).__name__)
match Pair((1, 2)):
    case tuple((a, b)):
        print("tuple((a, b))", a, b)

# Or-patterns between sequence shapes.
for v in [(1, 2), [3], (4, 5, 6), "ab"]:
    match v:
        case (a, b) | [a, _, b]:
            print("pair-ish", a, b)
        case [a] | a:
            print("single or anything", a)

# As-patterns on sequences.
match [1, [2, 3]]:
    case [x, [_, _] as inner] as whole:
        print(x, inner, whole, whole is not inner)

# Literal sub-patterns compare with ==.
for v in [[1.0, True], [1, 1], [True, 1.0]]:
    match v:
        case [1, 1]:
            print(v, "matches [1, 1]")


# The unpacking form iterates the subject: a subclass's __iter__ decides the items (the length
# check still uses __len__).
class Iterates(list):
    def __iter__(self):
        print("  __iter__")
        return iter([7, 8, 9])


try:
    match Iterates([1, 2]):
        case [x, y]:
            print("no")
except ValueError as e:
    print(type(e).__name__, e)
match Iterates([1, 2]):
    case [x, *y]:
        print("star form", x, y)
match Iterates([1, 2, 3]):
    case [x, y, z]:
        print("unpacked", x, y, z)
