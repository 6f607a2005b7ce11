# What cannot be copied, and the errors the protocol gives when a hook returns nonsense.
import copy
import copyreg
import sys


def gen():
    yield 1


# one generator, alive to the end (an unstarted generator dropped early would be closed)
live = gen()


class Loose:
    pass


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("generator copy", lambda: copy.copy(live))
attempt("generator deepcopy", lambda: copy.deepcopy(live))
attempt("in a list", lambda: copy.deepcopy([1, live]))
attempt("module", lambda: copy.copy(sys))
attempt("keys view", lambda: copy.copy({}.keys()))
attempt("classmethod", lambda: copy.copy(classmethod(len)))
attempt("staticmethod", lambda: copy.deepcopy(staticmethod(len)))
attempt("mappingproxy", lambda: copy.copy(Loose.__dict__))
lo = Loose()
lo.g = live
attempt("attribute", lambda: copy.deepcopy(lo))
attempt("shallow is fine", lambda: copy.copy(lo))


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


attempt("no reduce", lambda: copy.copy(NoReduce()))
attempt("no reduce deep", lambda: copy.deepcopy(NoReduce()))
print(issubclass(copy.Error, Exception))


def returning(value):
    class R:
        def __reduce_ex__(self, protocol):
            return value
    return R()


for rv in [5, None, (), (Loose,), (Loose, None), (Loose, 5), (Loose, (), 5), (len, (1, 2)),
           (Loose, (), None, None, None, None, None)]:
    attempt(f"reduce {rv!r:.30}", lambda: copy.copy(returning(rv)))
    attempt(f"deep   {rv!r:.30}", lambda: copy.deepcopy(returning(rv)))


class Meta(type):
    def __eq__(cls, other):
        return cls is other


class Unhashable(metaclass=Meta):
    pass


attempt("unhashable class", lambda: copy.copy(Unhashable()))
attempt("unhashable class deep", lambda: copy.deepcopy(Unhashable()))


class Raises:
    def __reduce_ex__(self, protocol):
        raise RuntimeError(f"protocol {protocol}")


attempt("raising reduce", lambda: copy.copy(Raises()))


class GetattrRaises:
    def __getattr__(self, name):
        raise KeyError(name)


attempt("getattr raising KeyError", lambda: copy.deepcopy(GetattrRaises()))
attempt("getattr raising KeyError shallow", lambda: copy.copy(GetattrRaises()))


class SetStateRaises:
    def __init__(self):
        self.a = 1

    def __setstate__(self, state):
        raise ValueError(f"bad state {state}")


attempt("setstate raising", lambda: copy.copy(SetStateRaises()))
attempt("reduce_ex arity", lambda: Loose().__reduce_ex__())
attempt("reduce_ex type", lambda: Loose().__reduce_ex__("4"))
attempt("reduce arity", lambda: Loose().__reduce__(1))
attempt("copy arity", lambda: copy.copy())
attempt("copy arity 2", lambda: copy.copy(1, 2))
attempt("deepcopy arity", lambda: copy.deepcopy())
attempt("deepcopy kw", lambda: copy.deepcopy([1], memo={}))
attempt("deepcopy bad kw", lambda: copy.deepcopy([1], nope=1))
attempt("newobj no args", lambda: copyreg.__newobj__())


class NewRaises:
    def __new__(cls, *args):
        if args:
            return super().__new__(cls)
        raise TypeError("need args")

    def __init__(self, *args):
        self.args = args


attempt("__new__ needs args", lambda: copy.copy(NewRaises(1)))

# more nonsense from hooks, and copyreg's helpers called by hand
import threading

attempt("newobj of a non-class", lambda: copyreg.__newobj__(5))
attempt("newobj_ex args", lambda: copyreg.__newobj_ex__(object, 5, {}))
attempt("newobj_ex kwargs", lambda: copyreg.__newobj_ex__(object, (), 5))
attempt("reconstructor int", lambda: copyreg._reconstructor(int, int, 5))
attempt("reconstructor list", lambda: copyreg._reconstructor(list, list, [1]))
attempt("_reduce_ex proto 3", lambda: copyreg._reduce_ex(object(), 3))
attempt("_reduce_ex list", lambda: copyreg._reduce_ex([1], 0))
attempt("pickle constructor", lambda: copyreg.pickle(int, len, constructor_ob=5))
attempt("memo an int", lambda: copy.deepcopy([1], 5))
attempt("memo a list", lambda: copy.deepcopy([1], []))
attempt("setstate int key", lambda: ValueError().__setstate__({1: 2}))
attempt("getnewargs of str", lambda: int.__getnewargs__("x"))
attempt("a lock", lambda: copy.copy(threading.Lock()))


class SlotIntKey:
    __slots__ = ("a",)

    def __getstate__(self):
        return (None, {1: 2})


class ListIterInt:
    def __reduce__(self):
        return (ListIterInt, (), None, 5)


class DictIterTriples:
    def __reduce__(self):
        return (dict, (), None, None, iter([(1, 2, 3)]))


class TupleState:
    def __getstate__(self):
        return (1, 2)


class DeepcopyNotCallable:
    __deepcopy__ = 5


class CopyNotCallable:
    __copy__ = 5


class MemoGetRaises(dict):
    def get(self, *args):
        raise KeyError("boom")


attempt("slot state with an int key", lambda: copy.copy(SlotIntKey()))
attempt("listitems an int", lambda: copy.copy(ListIterInt()))
attempt("dictitems triples", lambda: copy.copy(DictIterTriples()))
attempt("state a pair of ints", lambda: copy.copy(TupleState()))
attempt("__deepcopy__ = 5", lambda: copy.deepcopy(DeepcopyNotCallable()))
attempt("__copy__ = 5", lambda: copy.copy(CopyNotCallable()))
attempt("memo.get raising", lambda: copy.deepcopy([1], MemoGetRaises()))

# very deep nesting: RecursionError, not a crash
deep = []
for _ in range(2000):
    deep = [deep]
attempt("deep nesting", lambda: copy.deepcopy(deep))
attempt("shallow of deep", lambda: len(copy.copy(deep)))
