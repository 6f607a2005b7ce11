# Which table each set operation starts from, in CPython 3.11: a copy is made by merging the
# set into a new table (slot for slot when the sizes match and no dummies are left, else in
# slot order), updates presize once, and each operator walks a chosen operand in its order.
def show(label, s):
    print(label, s)

a = {1, 9, 17, 25, 33}
show("a", a)
a.discard(9)
show("a after discard", a)
show("copy", a.copy())
show("set(a)", set(a))
show("frozenset(a)", frozenset(a))
show("{*a}", {*a})
b = {2, 10, 18, 8, 16}
show("a | b", a | b)
show("b | a", b | a)
show("a & b", a & b)
show("a - b", a - b)
show("a ^ b", a ^ b)
show("b ^ a", b ^ a)
c = {1, 17, 40, 48, 56, 64}
show("a & c", a & c)
show("c & a", c & a)
show("c - a", c - a)
show("c ^ a", c ^ a)
x = set(a)
x |= c
show("|=", x)
x &= {1, 17, 64, 72}
show("&=", x)
x -= {17}
show("-=", x)
x ^= {1, 80, 88}
show("^=", x)
y = {3, 11, 19}
y.update([27, 35], {43, 51}, {59: "a", 67: "b"})
show("update", y)
y.intersection_update(range(20, 70), [3, 27, 43, 59, 67, 11])
show("intersection_update", y)
y.difference_update([27], {59})
show("difference_update", y)
y.symmetric_difference_update([5, 13, 43])
show("symmetric_difference_update", y)
show("union", a.union([5, 13], (21,)))
show("intersection", c.intersection(range(60), {1, 17, 40, 56}))
show("difference", c.difference([40], {48}))
show("symmetric_difference", c.symmetric_difference([1, 2, 3, 40]))
d = {7: 0, 15: 1, 23: 2, 31: 3, 39: 4}
show("set(dict)", set(d))
show("set(keys)", set(d.keys()))
show("keys | set", d.keys() | {47, 55})
show("keys - set", d.keys() - {15})
show("keys & set", d.keys() & {15, 31, 63})
show("keys ^ set", d.keys() ^ {15, 63})
show("dict.fromkeys", dict.fromkeys({12, 4, 20, 28}))
z = {100, 200, 300}
z.__init__([8, 16, 24])
show("re-init", z)
show("frozenset | set", frozenset([1, 9]) | {17})
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
