# __deepcopy__(memo) takes over: it is looked up on the instance (so __getattr__ sees the
# name), and whatever it returns is memoized under id(original).
import copy


class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __deepcopy__(self, memo):
        print("  deepcopy", self.tag, "memo has self:", id(self) in memo, "size", len(memo))
        new = Tracked(self.tag + "'")
        memo[id(self)] = new
        return new

    def __repr__(self):
        return f"T({self.tag})"


a = Tracked("a")
print(copy.deepcopy([a, a, {"k": a}]))

# dict items: the value is copied before the key (y[deepcopy(key)] = deepcopy(value))
k1, v1, k2, v2 = Tracked("k1"), Tracked("v1"), Tracked("k2"), Tracked("v2")
Tracked.__hash__ = lambda self: hash(self.tag)
Tracked.__eq__ = lambda self, other: self.tag == other.tag
res = copy.deepcopy({k1: v1, k2: v2})
print(res)

# list and tuple items go in order
print(copy.deepcopy((Tracked("t1"), [Tracked("t2")], Tracked("t3"))))


class Lazy:
    def __init__(self):
        self.items = [1, 2]

    def __getattr__(self, name):
        print("  Lazy.__getattr__", name)
        if name == "__deepcopy__":
            def dc(memo):
                print("  dc called, memo size", len(memo))
                return "made by __getattr__"
            return dc
        raise AttributeError(name)


print(copy.deepcopy(Lazy()))
print(copy.copy(Lazy()).items)


class Holder:
    def __init__(self, parts):
        self.parts = parts

    def __deepcopy__(self, memo):
        print("  Holder.__deepcopy__")
        # the usual pattern: copy the parts with the same memo
        return Holder(copy.deepcopy(self.parts, memo))


inner = [1, 2]
h = Holder([inner, inner])
h2 = copy.deepcopy(h)
print(h2.parts, h2.parts[0] is h2.parts[1], h2.parts[0] is inner)

# a memo of another kind: its get/__setitem__/__getitem__ run
class LoudMemo(dict):
    def get(self, key, default=None):
        r = super().get(key, default)
        print("  memo.get ->", type(r).__name__)
        return r

    def __setitem__(self, key, value):
        print("  memo[...] =", type(value).__name__)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("  memo[...]")
        return super().__getitem__(key)


lm = LoudMemo()
out = copy.deepcopy([1, (2, [3])], lm)
print(out, len(lm))

# __deepcopy__ that fails: the error comes straight out
class Bad:
    def __deepcopy__(self, memo):
        raise ValueError("no copies")


try:
    copy.deepcopy([Bad()])
except ValueError as e:
    print(type(e).__name__, e)

# __deepcopy__ = None is "not defined"
class NoDeep:
    __deepcopy__ = None

    def __init__(self):
        self.v = [1]


nd = NoDeep()
nd2 = copy.deepcopy(nd)
print(nd2.v, nd2.v is nd.v)

# __copy__ is looked up on the class: an instance attribute is ignored
class ClassCopy:
    def __copy__(self):
        return "class __copy__"


cc = ClassCopy()
cc.__copy__ = lambda: "instance __copy__"
print(copy.copy(cc))


class StaticCopy:
    @staticmethod
    def __copy__(*args):
        print("  static __copy__ args:", len(args))
        return "static"


print(copy.copy(StaticCopy()))


class ClassMethodCopy:
    @classmethod
    def __copy__(cls, *args):
        print("  classmethod __copy__", cls.__name__, len(args))
        return "cm"


print(copy.copy(ClassMethodCopy()))
