# dict.keys() and dict.items() as sets: comparisons, isdisjoint, and & | - ^ with the view on
# either side.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
d = {1: "a", 2: "b"}
e = {2: "c", 3: "d"}
t(lambda: d.keys() == {1, 2}); t(lambda: d.keys() != {1}); t(lambda: {1, 2} == d.keys())
t(lambda: d.keys() < {1, 2, 3}); t(lambda: d.keys() <= {1, 2}); t(lambda: d.keys() > {1}); t(lambda: d.keys() >= e.keys())
t(lambda: d.keys() == [1, 2]); t(lambda: d.keys() < [1])
t(lambda: d.keys().isdisjoint({3})); t(lambda: d.keys().isdisjoint(e)); t(lambda: d.items().isdisjoint([(1, "a")]))
t(lambda: {1, 9} - d.keys()); t(lambda: [1, 9] - d.keys()); t(lambda: {9} | d.keys()); t(lambda: {1} & d.keys()); t(lambda: {1, 7} ^ d.keys())
t(lambda: d.keys() - [1]); t(lambda: d.keys() & e.keys()); t(lambda: d.keys() | e.keys()); t(lambda: d.keys() ^ e.keys())
t(lambda: d.items() & {(1, "a")}); t(lambda: d.items() - {(1, "a")}); t(lambda: {(1, "a"), (9, "z")} - d.items()); t(lambda: d.items() == {(1, "a"), (2, "b")})
t(lambda: d.items() <= {(1, "a"), (2, "b"), (3, "c")})
t(lambda: d.values() == d.values()); t(lambda: d.keys() - 1); t(lambda: 1 - d.keys())
t(lambda: frozenset([1, 2]) == d.keys()); t(lambda: d.keys() == frozenset([1, 2]))
