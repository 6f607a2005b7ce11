# Odds and ends of the copy protocol: reprs of its pieces, copy.Error, identity of what
# is shared, states that are not dicts, and the memo's bookkeeping.
import copy
import copyreg

print(repr(object.__reduce_ex__), repr(object.__reduce__), repr(object.__getstate__))
print(type(object.__reduce_ex__).__name__, type(object().__reduce_ex__).__name__)
print(repr(int.__getnewargs__), repr(BaseException.__setstate__), repr(set.__reduce__))
print(repr(copy.copy).startswith("<function copy at 0x"), repr(copyreg._reconstructor).split(" at ")[0])
print(sorted(n for n in dir(object) if "reduce" in n or "state" in n))
print("__setstate__" in dir(ValueError), "__getnewargs__" in dir(3), "__reduce__" in dir(set()))

try:
    raise copy.Error("custom")
except copy.error as e:
    print(type(e).__name__, e, isinstance(e, Exception))

try:
    object.__reduce_ex__()
except TypeError as e:
    print(e)
try:
    object.__reduce_ex__(object(), 2**40)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    object.__reduce_ex__(object(), 1.5)
except TypeError as e:
    print(e)
print(object().__reduce_ex__(2)[1:], object().__reduce_ex__(3)[2:])
print(NotImplemented.__reduce_ex__(4), ....__reduce__(), None.__reduce_ex__(4)[1:])
try:
    None.__reduce__()
except TypeError as e:
    print(e)
print(slice(1, 2).__reduce__(), range(1, 9, 2).__reduce__())
print((7).__reduce_ex__(4)[1:], "ab".__reduce_ex__(4)[1:], (1, 2).__reduce_ex__(4)[1:])


class Once:
    made = 0

    def __deepcopy__(self, memo):
        Once.made += 1
        return Once()


o = Once()
pair = copy.deepcopy([o, o, (o,)])
print(Once.made, pair[0] is pair[1], pair[2][0] is pair[0], pair[0] is o)


class ListState:
    def __init__(self):
        self.a, self.b = 1, 2

    def __getstate__(self):
        return [self.a, self.b]

    def __setstate__(self, state):
        print("  setstate", state)
        self.a, self.b = state


ls = copy.deepcopy(ListState())
print(ls.a, ls.b)


class NoDictState:
    __slots__ = ("v",)

    def __getstate__(self):
        return {"v": 1}


try:
    copy.copy(NoDictState())
except AttributeError as e:
    print(type(e).__name__, e)


class Guarded:
    def __init__(self):
        self.data = [1]

    def __setattr__(self, name, value):
        print("  Guarded.__setattr__", name)
        object.__setattr__(self, name, value)


print("copy Guarded")
g = copy.copy(Guarded())
print(g.data, "(__dict__.update does not call __setattr__)")


# the memo as deepcopy leaves it
memo = {}
shared = [0]
root = {"a": shared, "b": (shared, "s")}
copied = copy.deepcopy(root, memo)
kept = memo[id(memo)]
print(len(memo), len(kept))
print(sorted(type(k).__name__ for k in kept))
print(memo[id(shared)] is copied["a"], memo[id(root)] is copied, id(root["b"]) in memo)

# classes and functions are shared, even through deepcopy of a container
def f():
    return 1


class K:
    pass


stuff = copy.deepcopy({"f": f, "K": K, "m": K.__init__, "t": (f, K)})
print(stuff["f"] is f, stuff["K"] is K, stuff["m"] is K.__init__, stuff["t"][0] is f)

# an exception's traceback is not part of its state
try:
    raise KeyError("k")
except KeyError as e:
    err = e
c = copy.copy(err)
print(repr(c), c.__traceback__ is None, err.__traceback__ is not None)
err.note = "n"
print(copy.deepcopy(err).note, copy.deepcopy([err])[0].args)


# a metaclass's hooks see the class-level lookups
class Meta(type):
    def __getattribute__(cls, name):
        if name in ("__copy__", "__slots__", "__reduce__", "__getstate__"):
            print("  Meta.__getattribute__", name)
        return super().__getattribute__(name)


class WithMeta(metaclass=Meta):
    def __init__(self):
        self.v = 1


print("copy WithMeta")
wm = copy.copy(WithMeta())
print(wm.v)
