# An attribute access split over lines (`obj\n.attr`) is positioned from the attribute's
# name: the traceback shows that line. So is a method call made through it, unless it has
# * or ** arguments.
class Node:
    def fail(self, *args, **kwargs):
        return int("abc")

    def me(self):
        return self


def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])


node = Node()


def method_chain():
    value = (Node()
             .fail())
    return value


def longer_chain():
    value = (node
             .me()
             .fail(1,
                   2))
    return value


def keyword_argument():
    return (node
            .fail(k=1))


def star_argument():
    return (node
            .fail(*[1]))


def missing_attribute():
    return (node
            .nope)


def missing_method():
    return (node
            .me().nope())


def store():
    (node
        .me
        .nope) = 3


def delete():
    del (node
         .nope)


def one_line():
    node.me().fail()


chain([method_chain, longer_chain, keyword_argument, star_argument, missing_attribute, missing_method,
       store, delete, one_line])
