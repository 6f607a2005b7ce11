# A class body's namespace is whatever __prepare__ returned: `except ... as e` ends with
# `e = None; del e` there, and a failing `del` is a NameError whatever the mapping raised.
class Log(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Log()


class D(metaclass=Meta):
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
    for i in range(2):
        pass
    x = [j for j in range(2)]
    m2 = "bound"
    del m2
    try:
        del missing
    except NameError as err:
        print(type(err).__name__, err, err.name)


print(sorted(k for k in D.__dict__ if not k.startswith("__")))


class Strict(dict):
    def __delitem__(self, k):
        raise ValueError("no deleting here")


class StrictMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Strict()


try:

    class S(metaclass=StrictMeta):
        a = 1
        del a
except NameError as e:
    print(type(e).__name__, e, e.__context__)

vv = 1
try:
    del vw
except NameError as e:
    print(e)


class E(metaclass=StrictMeta):
    try:
        pass
    except Exception as exc:
        pass
    try:
        raise KeyError("k")
    except KeyError as exc:
        print("the cleanup's del fails next")
