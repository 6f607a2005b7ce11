# f-strings: converting and formatting a value is marked on the whole f-string; an error
# in a replacement field's expression is marked on that expression.
class BadStr:
    def __str__(self):
        return "x" + 1

    def __format__(self, spec):
        raise ValueError("bad format [" + spec + "]")


class BadRepr:
    def __repr__(self):
        return 1


def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])


def str_conversion():
    return f"value: {BadStr()!s}"


def format_method():
    return f"value: {BadStr():>5}!"


def repr_conversion():
    return f"a{BadRepr()!r}b"


def concatenated():
    return "abc" f"{BadStr()}"


def error_in_spec():
    return f"{3:>{1 / 0}}"


def error_in_field():
    return f"{len(5)} items"


def whole_line():
    f"{BadStr()}"


chain([str_conversion, format_method, repr_conversion, concatenated, error_in_spec, error_in_field, whole_line])
