# namedtuple's checks of its names, and the errors of the class it makes.
from collections import namedtuple

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: namedtuple('Pair', 'a a'))
attempt(lambda: namedtuple('Pair', 'a _b'))
attempt(lambda: namedtuple('Pair', 'a class'))
attempt(lambda: namedtuple('Pair', 'a 1b'))
attempt(lambda: namedtuple('Pair', ['a', 'b-c']))
attempt(lambda: namedtuple('def', 'a'))
attempt(lambda: namedtuple('my type', 'a'))
attempt(lambda: namedtuple('Pair', [1, 2]))
attempt(lambda: namedtuple('Pair', 'a b', rename=True)._fields)
attempt(lambda: namedtuple('Pair', 'a class _x a 1b ok', rename=True)._fields)
attempt(lambda: namedtuple('Pair', 'a b c', defaults=[1, 2])._field_defaults)
attempt(lambda: namedtuple('Pair', 'a', defaults=[1, 2]))
attempt(lambda: namedtuple('Pair', 'a', defaults=iter([9]))._field_defaults)
attempt(lambda: namedtuple('Pair'))
attempt(lambda: namedtuple('Pair', 'a', True))
attempt(lambda: namedtuple('Pair', 'a', verbose=True))
attempt(lambda: namedtuple('Soft', 'match case type')._fields)

class Name:
    def __str__(self):
        return 'fromstr'
attempt(lambda: namedtuple('Pair', [Name(), 'b'])._fields)
attempt(lambda: namedtuple(Name(), 'b').__name__)

Pair = namedtuple('Pair', 'left right')
pair = Pair(1, 2)
attempt(lambda: Pair(1))
attempt(lambda: Pair())
attempt(lambda: Pair(1, 2, 3))
attempt(lambda: Pair(1, bottom=2))
attempt(lambda: Pair(1, left=2))
attempt(lambda: Pair._make([1]))
attempt(lambda: Pair._make([1, 2, 3]))
attempt(lambda: Pair._make())
attempt(lambda: Pair._make(5))
attempt(lambda: pair._replace(middle=1))
attempt(lambda: pair._replace(up=1, down=2))
attempt(lambda: pair._replace(1))
attempt(lambda: pair._asdict(1))
attempt(lambda: pair.middle)
attempt(lambda: pair[2])

def set_field():
    pair.left = 5
def del_field():
    del pair.left
def add_field():
    pair.extra = 5
attempt(set_field)
attempt(del_field)
attempt(add_field)
attempt(lambda: Pair.left.__get__(5))
attempt(lambda: Pair.left.__get__(()))
attempt(lambda: Pair.right.__get__((1, 2, 3)))
Pair.left.__doc__ = 'the left one'
attempt(lambda: (Pair.left.__doc__, Pair.left))
attempt(lambda: Pair.__new__(Pair, 1, 2))
attempt(lambda: Pair.__new__.__name__)
attempt(lambda: hash(Pair(1, [2])))
