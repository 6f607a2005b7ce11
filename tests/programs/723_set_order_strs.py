# Sets of strs iterate in the order CPython's hash table gives (string hashes as with
# PYTHONHASHSEED=0): the same for every way of building them one element at a time.
fruits = ["apple", "banana", "cherry", "kiwi", "mango", "grape", "lemon", "plum"]
s = set()
for f in fruits:
    s.add(f)
    print(s)
print(set(fruits), {f for f in fruits}, set(f for f in fruits))
print(set(reversed(fruits)))
# Copies start from a table presized for the elements.
print(s.copy(), set(s), frozenset(s), {*s})
# A constant display is a frozenset constant merged into a new set.
print({"red", "green", "blue"}, {"north", "south", "east", "west"})
print({"alice", "bob", "carol", "dave", "erin", "frank"})
for w in {"spam", "eggs", "ham", "toast"}:
    print(w, end=" ")
print()
print([w.upper() for w in {"x1", "y2", "z3", "w4"}])
# Operators build their results from one operand's table, then the other's elements.
a = {"apple", "banana", "cherry", "kiwi"}
b = {"cherry", "kiwi", "mango", "grape"}
print(a | b, b | a)
print(a & b, b & a, a - b, b - a)
print(a ^ b, b ^ a)
print(a.union(b, ["lemon", "plum"]), a.intersection(b, {"kiwi"}), a.difference(b, ["apple"]))
words = "the quick brown fox jumps over the lazy dog and the quick cat".split()
seen = set()
for w in words:
    if w in seen:
        print("again:", w)
    seen.add(w)
print(seen, len(seen))
print(set(dict.fromkeys(words)), dict.fromkeys(seen))
