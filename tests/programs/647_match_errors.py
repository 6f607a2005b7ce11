# Errors raised while matching, caught and printed: CPython's types and messages.


def attempt(label, subject, fn):
    try:
        print(label, "->", fn(subject))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class NoArgs:
    pass


class Short:
    __match_args__ = ("a",)
    a = 1


class ListArgs:
    __match_args__ = ["a"]


class BadElement:
    __match_args__ = ("a", 2)
    a = 1


class Twice:
    __match_args__ = ("a", "a")
    a = 1


def no_args(s):
    match s:
        case NoArgs(1):
            return "no"


def short(s):
    match s:
        case Short(1, 2):
            return "no"


def list_args(s):
    match s:
        case ListArgs(1):
            return "no"


def bad_element_first(s):
    match s:
        case BadElement(1):
            return "only the names used are checked"


def bad_element(s):
    match s:
        case BadElement(1, 2):
            return "no"


def twice(s):
    match s:
        case Twice(1, 1):
            return "no"


def positional_and_keyword(s):
    match s:
        case Short(1, a=1):
            return "no"


def int_two(s):
    match s:
        case int(1, 2):
            return "no"


def bool_two(s):
    match s:
        case bool(x, y):
            return "no"


not_a_class = len


def not_a_type(s):
    match s:
        case not_a_class():
            return "no"


instance = NoArgs()


def instance_as_class(s):
    match s:
        case instance.__class__():
            return "instance.__class__ is a class"


def undefined_class(s):
    match s:
        case 1:
            return "one"
        case Undefined():
            return "no"


attempt("0 positional", NoArgs(), no_args)
attempt("1 positional", Short(), short)
attempt("list __match_args__", ListArgs(), list_args)
attempt("bad element unused", BadElement(), bad_element_first)
attempt("bad element", BadElement(), bad_element)
attempt("attribute twice", Twice(), twice)
attempt("positional and keyword", Short(), positional_and_keyword)
attempt("int(1, 2)", 5, int_two)
attempt("bool(x, y)", True, bool_two)
attempt("not a type", 5, not_a_type)
attempt("instance.__class__", NoArgs(), instance_as_class)
attempt("undefined class, first case matches", 1, undefined_class)
attempt("undefined class, reached", 2, undefined_class)
attempt("0 positional, not an instance", 5, no_args)


# Errors from user code called while matching propagate.
class Fragile:
    __match_args__ = ("boom",)

    @property
    def boom(self):
        raise RuntimeError("property failed")

    @property
    def gone(self):
        raise AttributeError("gone")


def fragile_positional(s):
    match s:
        case Fragile(_):
            return "no"


def fragile_missing(s):
    match s:
        case Fragile(gone=_):
            return "no"
        case Fragile():
            return "an AttributeError means no match"


attempt("property raises", Fragile(), fragile_positional)
attempt("property raises AttributeError", Fragile(), fragile_missing)


class BadLen(list):
    def __len__(self):
        raise OverflowError("len failed")


def seq(s):
    match s:
        case [a, b]:
            return "no"


attempt("__len__ raises", BadLen([1, 2]), seq)


class BadEq:
    def __eq__(self, other):
        raise ArithmeticError("eq failed")


def eq(s):
    match s:
        case 1:
            return "no"


attempt("__eq__ raises", BadEq(), eq)


class Colors:
    RED = 1


def missing_value(s):
    match s:
        case Colors.RED:
            return "red"
        case Colors.PURPLE:
            return "no"


attempt("missing value attribute, not reached", 1, missing_value)
attempt("missing value attribute", 2, missing_value)


class LyingGet(dict):
    def get(self, key, default=None):
        return "always"


def rest(s):
    match s:
        case {"x": v, **others}:
            return v, others


attempt("get() finds a key del cannot remove", LyingGet(y=1), rest)
attempt("a plain dict", {"x": 1, "y": 2}, rest)


def guard_raises(s):
    match s:
        case [a, b] if a / b:
            return "no"


attempt("guard raises", [1, 0], guard_raises)


def body_raises(s):
    match s:
        case {"k": v}:
            return v["missing"]


attempt("body raises", {"k": {}}, body_raises)


def subject_raises(s):
    match s[10]:
        case _:
            return "no"


attempt("subject raises", [], subject_raises)


class Seq(tuple):
    def __getitem__(self, i):
        raise IndexError("custom getitem " + str(i))


def seq_index(s):
    match s:
        case [a, *_, b]:
            return a, b


def seq_unpack(s):
    match s:
        case [a, b]:
            return a, b


attempt("tuple subclass, indexing form", Seq((1, 2)), seq_index)
attempt("tuple subclass, unpacking form", Seq((1, 2)), seq_unpack)


# Where the error is: CPython positions the subscript for `b` at the sub-pattern before it.
class Partial(list):
    def __getitem__(self, i):
        if i != 0:
            raise IndexError(f"no item {i}")
        return super().__getitem__(i)


def split_lines(s):
    match s:
        case [
            first,
            *_,
            last,
        ]:
            return first, last


def lines_of(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


try:
    split_lines(Partial([1, 2, 3]))
except IndexError as e:
    print(type(e).__name__, e, "at lines", lines_of(e.__traceback__))


class Lying(dict):
    def get(self, key, default=None):
        return "always"


def rest_lines(s):
    match s:
        case {
            "x": v,
            **others
        }:
            return v


try:
    rest_lines(Lying(y=1))
except KeyError as e:
    print(type(e).__name__, e, "at lines", lines_of(e.__traceback__))
