# fsum (exactly rounded), prod (with start=), hypot (any number of coordinates), dist and
# isclose (with its keyword tolerances).
import math

inf, nan = math.inf, math.nan


def fmt(args):
    # Generators and iterators print as their type (their repr has an address).
    return ", ".join(type(a).__name__ if " at 0x" in repr(a) else repr(a) for a in args)


def show(f, *args, **kwargs):
    try:
        print(f.__name__, fmt(args), kwargs or "", "->", repr(f(*args, **kwargs)))
    except Exception as ex:
        print(f.__name__, fmt(args), kwargs or "", "->", type(ex).__name__, ex)


print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(sum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
for xs in [[], [1], [1, 2, 3], [0.1, 0.2, 0.3], [1e16, 1.0, 1e-16], [1e-16, 1.0, 1e16], [1, 1e100, 1, -1e100],
           [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100], [-0.0], [0.0, -0.0], [-0.0, -0.0],
           [1e308, 1e308], [1e308, 1e308, -1e308], [inf, 1], [inf, inf], [inf, -inf], [-inf, 1e308], [nan, 1],
           [inf, nan], [10**20, 0.5], [10**400], [True, 2.5], [1, "2"], range(10), (x / 10 for x in range(10)),
           {0.5: 1, 0.25: 2}, 5]:
    show(math.fsum, xs)
print(math.fsum(1 / n**2 for n in range(1, 1001)), math.fsum([0.1, 0.2, 0.3]) == 0.6)

for args, kwargs in [(([],), {}), (([2, 3, 4],), {}), ((range(1, 11),), {}), (([2.5, 4],), {}), (([],), {"start": 5}),
                     (([2, 3],), {"start": 0.5}), (([[1, 2]],), {"start": 1}), (([3],), {"start": "ab"}),
                     ((["ab", 3],), {}), ((["ab", 3],), {"start": 2}), (([2**40, 2**40, 2**40],), {}),
                     (([True, True],), {}), (([10**20, 1.5],), {}), ((5,), {}), (([1, None],), {}),
                     (([1.5, 2, 10**30],), {}), (([2] * 100,), {})]:
    show(math.prod, *args, **kwargs)

for args in [(), (3,), (-3,), (3, 4), (-3, -4), (5, 12), (1, 1), (1, 1, 1), (1, 2, 3, 4, 5), (0.1, 0.2),
             (1e300, 1e300), (1e-320, 1e-320), (5e-324, 5e-324, 5e-324), (3, 4, inf), (nan, inf), (nan, 1),
             (0, 0, 0), (-0.0,), (10**20, 10**20), (True, True), (1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5)]:
    show(math.hypot, *args)
show(math.hypot, "3", 4)
show(math.hypot, 10**400, 1)
print(math.hypot(*range(1, 101)), math.hypot(*[0.1] * 50))

for p, q in [((0, 0), (3, 4)), ([1, 1], [4, 5]), ((1, 2, 3), (4, 5, 6)), ((), ()), ((2.5,), (-1,)), ((0, 0), (inf, 0)),
             ((nan, 0), (1, 1)), (range(3), range(3, 6)), ((1, 2), (1, 2, 3)), ((1, 2), 3), (5, (1, 2)),
             ((1, "x"), (1, 2)), (iter([1, 2]), (2, 3))]:
    show(math.dist, p, q)

for args, kwargs in [((1.0, 1.0), {}), ((1.0, 1.0000000001), {}), ((1.0, 1.00001), {}), ((1.0, 1.01), {"rel_tol": 0.05}),
                     ((0.0, 1e-10), {}), ((0.0, 1e-10), {"abs_tol": 1e-9}), ((inf, inf), {}), ((inf, -inf), {}),
                     ((inf, 1e308), {"rel_tol": 1}), ((nan, nan), {}), ((1, 1), {"rel_tol": -1}),
                     ((1, 2), {"abs_tol": -0.5}), ((1, 2), {"rel_tol": 0, "abs_tol": 1}), ((10**20, 10**20 + 1), {}),
                     ((0.1 + 0.2, 0.3), {}), (("1", 1), {}), ((1, 1), {"rel_tol": "x"}), ((), {"a": 1, "b": 1.0}),
                     ((1,), {"b": 1, "abs_tol": 0}), ((True, 1), {})]:
    show(math.isclose, *args, **kwargs)
