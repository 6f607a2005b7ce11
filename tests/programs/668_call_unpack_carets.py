# * and ** arguments are unpacked at the call and marked on it; `f(*x)` alone is checked
# by the call itself, which names the function in its error.
class Obj:
    a = None


class BadIter:
    def __iter__(self):
        raise ValueError("no iter")


class BadKeys:
    def keys(self):
        raise ValueError("no keys")


def f(*args, **kwargs):
    return args, kwargs


def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])


o = Obj()


def sole_star_arg():
    return f(*o.a)


def star_arg_among_others():
    return f(1, *o.a, 2)


def double_star_arg():
    return f(x=1, **o.a)


def star_iter_raises():
    return f(*BadIter())


def keys_raise():
    return [f(**BadKeys())]


def non_string_keywords():
    return f(**{1: 2})


def whole_line():
    print(1, *o.a)


chain([sole_star_arg, star_arg_among_others, double_star_arg, star_iter_raises, keys_raise,
       non_string_keywords, whole_line])
