# Unary operators and * / ** unpacking in displays are marked on the whole operation or
# display; a set display words a non-iterable differently.
class Obj:
    a = None


class BadIter:
    def __iter__(self):
        raise ValueError("no iter")


def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])


o = Obj()


def negate():
    return -o.a


def invert():
    y = ~o
    return y


def positive():
    return [+o.a]


def list_star():
    return [1, *o.a]


def tuple_star():
    return (*o.a,)


def set_star():
    return {1, *o.a}


def dict_star():
    return {'a': 1, **o.a}


def iter_raises():
    return [*BadIter()]


chain([negate, invert, positive, list_star, tuple_star, set_star, dict_star, iter_raises])
