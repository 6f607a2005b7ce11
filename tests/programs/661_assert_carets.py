# assert: the AssertionError is raised where the condition's last comparison left the
# position (no caret line without a comparison); the message expression is not marked.
class Raises:
    def __bool__(self):
        raise ValueError("no truth")


def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])


x = 1


def compare_with_message():
    assert x == 2, str(x)


def call():
    assert isinstance(x, str)


def two_comparisons():
    assert x > 0 and x < 0


def first_comparison_fails():
    assert x < 0 and x > 0


def negated():
    assert not (x == 1), x


def no_comparison():
    assert not x


def constant():
    assert False, "unreachable"


def chained_comparison():
    assert 0 < x < 1


def conditional():
    assert x < 0 if x else x > 0, "m"


def truth_test():
    assert Raises()


def truth_test_after_comparison():
    assert (x < 0 or Raises())


chain([compare_with_message, call, two_comparisons, first_comparison_fails, negated, no_comparison,
       constant, chained_comparison, conditional, truth_test, truth_test_after_comparison])
