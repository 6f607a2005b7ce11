# deepcopy recurses through copy.py's functions, each a frame: a nested list costs two levels
# per list (deepcopy, _deepcopy_list), a tuple three (and the list comprehension), an
# instance four (deepcopy, _reconstruct, deepcopy of its __dict__, _deepcopy_dict). So the
# RecursionError comes at these depths, with these messages.
import copy


def nested_lists(n):
    a = []
    for _ in range(n):
        a = [a]
    return a


def nested_dicts(n):
    a = {}
    for _ in range(n):
        a = {1: a}
    return a


def nested_tuples(n):
    a = ()
    for _ in range(n):
        a = (a, [])
    return a


class Box:
    pass


def nested_boxes(n):
    a = Box()
    for _ in range(n):
        b = Box()
        b.inner = a
        a = b
    return a


def first_failure(make, lo, hi):
    for n in range(lo, hi):
        try:
            copy.deepcopy(make(n))
        except RecursionError as e:
            return n, str(e)
    return None


print("lists", first_failure(nested_lists, 495, 505))
print("dicts", first_failure(nested_dicts, 495, 505))
print("tuples", first_failure(nested_tuples, 328, 338))
print("boxes", first_failure(nested_boxes, 244, 254))

# a shallow copy does not recurse at all
deep = nested_lists(2000)
print(len(copy.copy(deep)), copy.copy(deep)[0] is deep[0])

# a __deepcopy__ that recurses through deepcopy adds its own frame (and the class call
# that makes the copy counts as a call into C)
class Chain:
    def __init__(self, nxt):
        self.nxt = nxt

    def __deepcopy__(self, memo):
        return Chain(copy.deepcopy(self.nxt, memo))


def chain(n):
    c = None
    for _ in range(n):
        c = Chain(c)
    return c


print("chain", first_failure(chain, 494, 504))


# slots: the state is a (None, {...}) tuple, copied by _deepcopy_tuple
class Slotted:
    __slots__ = ("nxt",)


def slotted(n):
    c = None
    for _ in range(n):
        s = Slotted()
        s.nxt = c
        c = s
    return c


print("slots", first_failure(slotted, 138, 148))


# a list subclass: _reconstruct deep-copies each item it appends
class MyList(list):
    pass


def my_lists(n):
    c = MyList()
    for _ in range(n):
        c = MyList([c])
    return c


print("list subclass", first_failure(my_lists, 493, 503))
