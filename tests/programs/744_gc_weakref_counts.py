# gc.collect() also counts the weak references whose callbacks let them die: a
# weakref.finalize's reference dies with its registry entry, a weak dictionary's or weak
# set's with its entry. A reference that is itself part of the garbage is not called back.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


def report(*args):
    print("  callback", args)


def count(label, make):
    gc.collect()
    make()
    print(label, gc.collect())


def plain_cycle():
    a = Node("a")
    a.me = a


def with_finalize():
    a = Node("b")
    a.me = a
    weakref.finalize(a, report, "b finalized")


def finalize_kept():
    a = Node("c")
    a.me = a
    f = weakref.finalize(a, report, "c finalized")
    a.finalizer = f


def ref_with_callback_dropped():
    a = Node("d")
    a.me = a
    weakref.ref(a, report)


def ref_with_callback_kept():
    a = Node("e")
    a.me = a
    keep.append(weakref.ref(a, lambda r: print("  callback for e, dead:", r() is None)))


def ref_inside_cycle():
    a = Node("f")
    a.me = a
    a.r = weakref.ref(a, report)


def weak_value_dict():
    a = Node("g")
    a.me = a
    cache["g"] = a


def weak_key_dict():
    a = Node("h")
    a.me = a
    data[a] = "payload"


def weak_set():
    a = Node("i")
    a.me = a
    members.add(a)


keep = []
cache = weakref.WeakValueDictionary()
data = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
for make in (
    plain_cycle,
    with_finalize,
    finalize_kept,
    ref_with_callback_dropped,
    ref_with_callback_kept,
    ref_inside_cycle,
    weak_value_dict,
    weak_key_dict,
    weak_set,
):
    count(make.__name__, make)
print(len(keep), len(cache), len(data), len(members))
