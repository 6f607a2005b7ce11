# Comprehensions: getting the first iterator is marked on the whole comprehension in the
# enclosing frame; in the comprehension's own frame, advancing iterators, truth tests of
# `if`s and adding to the result are marked on the comprehension too (or on the
# comparison of an earlier `if`).
class Box:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for it in self.items:
            yield 10 / it


class Raises:
    def __bool__(self):
        raise ValueError("no truth")


class Inventory:
    pass


def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])


def iterator_raises():
    return [v for v in Box([1, 0])]


def not_iterable():
    return [v for v in Inventory()]


def genexpr_not_iterable():
    return sum(v for v in Inventory())


def genexpr_iterator_raises():
    return sum(v for v in Box([0]))


def dict_not_iterable():
    return {v: 1 for v in Inventory()}


def set_unhashable():
    return {k for k in [[1]]}


def dict_unhashable_after_if():
    return {k: 1 for k in [[1]] if k != 0}


def inner_loop_after_if():
    return [v for w in [1] if w < 2 for v in 3]


def if_truth_test():
    return [v for v in [1, Raises()] if v]


def genexpr_if_truth_test():
    return list(v for v in [1, 2] if v > 0 if Raises())


def multiline_genexpr():
    return list(v
                for v in Box([0]))


chain([iterator_raises, not_iterable, genexpr_not_iterable, genexpr_iterator_raises, dict_not_iterable,
       set_unhashable, dict_unhashable_after_if, inner_loop_after_if, if_truth_test,
       genexpr_if_truth_test, multiline_genexpr])
