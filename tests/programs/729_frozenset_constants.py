# A set display of three or more constants is compiled to a frozenset constant merged into
# a new set, and a display of constants in a for loop is that frozenset itself. CPython's
# compiler builds it from the items, rebuilds it from its own order when it files the
# constant, and once more when one of its strings was interned already (a name the program
# uses, such as apple below, or one CPython's startup interns, such as "key"), so those
# displays can print in another order than the same elements added one by one.
apple = 1
def built(*items):
    s = set()
    for x in items:
        s.add(x)
    return s

print({"apple", "kiwi", "mango"}, built("apple", "kiwi", "mango"))
print({"apple", "pear", "date", "fig"}, built("apple", "pear", "date", "fig"))
print({"pear", "date", "fig", "lime"}, built("pear", "date", "fig", "lime"))
print({"kiwi", "mango", "grape"}, built("kiwi", "mango", "grape"))
print({"key", "value", "item"}, built("key", "value", "item"))
print({"spam", "eggs", "ham", "toast", "beans"}, built("spam", "eggs", "ham", "toast", "beans"))
print({"x", "y", "z", "w"}, {"1", "2", "3"}, {"a-b", "c d", "e.f"})
print({1, 9, 17, 25, 33, 41}, built(1, 9, 17, 25, 33, 41))
print({"a", 1, (2, "b"), 2.5, None, -7}, {(1, 2), (9, 10), (17, 18)})
print({"apple", "kiwi"}, {"kiwi", "apple"})
for x in {"apple", "kiwi", "mango"}:
    print(x, end=" ")
print()
for x in {33, 1, 17, 9, 25}:
    print(x, end=" ")
print()
print([x for x in {"spam", "eggs", "ham"}], [x * 2 for x in {7, 15, 23, 31}])
print({x for x in {"name", "key", "value"}}, sorted({"b", "a", "c"}))
print("apple" in {"apple", "kiwi", "mango"}, 5 in {1, 2, 3})
