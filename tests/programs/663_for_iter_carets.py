# A for loop's iterator is got and advanced at the statement: no caret line, the line of
# `for` even when the iterable is on a later line.
class Inventory:
    items = None

    def listing(self):
        return 42


def failing():
    yield 1
    raise KeyError("gone")


def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])


inv = Inventory()


def attribute():
    for item in inv.items:
        print(item)


def call():
    for item in inv.listing():
        print(item)


def name():
    n = 5
    for i in n:
        print(i)


def raising_iterator():
    for v in (
            failing()):
        print(v)


def nested_loop():
    for row in [[1], 2]:
        for v in row:
            print(v)


chain([attribute, call, name, raising_iterator, nested_loop])
