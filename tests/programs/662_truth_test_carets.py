# Implicit truth tests that raise: statement conditions have no caret line (or the
# position a comparison left); not/and/or and conditional expressions mark the whole
# expression.
class Raises:
    def __bool__(self):
        raise ValueError("no truth")


class BadLen:
    def __len__(self):
        raise ValueError("no len")


def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])


x = 1


def if_test():
    if Raises():
        pass


def while_test():
    while Raises():
        pass


def elif_test():
    if x < 0:
        pass
    elif Raises():
        pass


def after_comparison():
    if x > 0 and Raises():
        pass


def len_test():
    if BadLen():
        pass


def not_expr():
    y = not Raises()
    return y


def and_expr():
    y = Raises() and 1
    return y


def nested_or():
    y = (x and Raises()) or 2
    return y


def conditional_expr():
    y = 1 if Raises() else 2
    return y


def conditional_in_subscript():
    return [1, 2][x if Raises() else 0]


def not_len():
    return [not BadLen()]


chain([if_test, while_test, elif_test, after_comparison, len_test, not_expr, and_expr, nested_or,
       conditional_expr, conditional_in_subscript, not_len])
