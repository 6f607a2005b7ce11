# gc.collect() returns how many unreachable objects it found, counted as CPython 3.11 counts
# them: a plain instance keeps its attributes inline (its __dict__ is an object only once
# asked for), dicts and tuples holding only atomic values are not tracked, a function's
# defaults tuple and closure cells are objects, a class has its __mro__ and __bases__ tuples.
import gc


def count(label, make):
    gc.collect()
    make()
    print(label, gc.collect())


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class SlottedDict:
    __slots__ = ("a", "__dict__")


class L(list):
    pass


class D(dict):
    pass


class E(Exception):
    pass


def instance_self():
    a = Plain()
    a.me = a


def instance_pair():
    a, b = Plain(), Plain()
    a.other, b.other = b, a


def instance_dict_asked():
    a = Plain()
    a.me = a
    a.__dict__


def instance_vars_and_dir():
    a, b = Plain(), Plain()
    a.other, b.other = b, a
    vars(a)
    dir(b)


def slotted():
    s = Slotted()
    s.a = s


def slotted_with_dict():
    s = SlottedDict()
    s.a = s
    s.x = 1


def builtin_subclasses():
    l, d = L(), D()
    l.append(d)
    d["l"] = l
    l.tag = "x"


def containers():
    lst = []
    dct = {"list": lst, "atomic": {"k": 1}, "empty": {}}
    lst.append(dct)
    lst.append((1, "constant tuple"))
    lst.append(tuple([1, 2]))
    lst.append(())
    lst.append({frozenset([1]), 2})


def exception():
    e = E("message")
    e.me = e


def exception_args():
    items = []
    e = Exception(items)
    items.append(e)


def functions():
    keep = []

    def f(x=keep, *, y=[]):
        return x, y

    f.attr = keep
    keep.append(f)


def function_kwdefaults_atomic():
    def f(*, k=1):
        pass

    f.me = f


def bound_methods():
    class B:
        def m(self):
            pass

    b = B()
    b.m2 = b.m
    b.append = [].append


def closures():
    cells = []
    unused = []

    def reader():
        return cells

    def other():
        return unused

    cells.append(reader)


def nested_closure():
    def outer():
        x = Plain()

        def mid():
            def inner():
                return x

            return inner

        x.f = mid()

    outer()


def classes():
    class Base:
        def m(self):
            return 1

    class Child(Base):
        def m(self):
            return super().m()

        @classmethod
        def c(cls):
            pass

        @staticmethod
        def s():
            pass

        @property
        def p(self):
            return 1

    Child.instance = Child()


def metaclass():
    class Meta(type):
        pass

    class WithMeta(metaclass=Meta):
        pass


def generator_cycle():
    def gen(x):
        yield x

    a = Plain()
    a.g = gen(a)


def started_generator_cycle():
    def gen(x):
        yield x

    a = Plain()
    a.g = gen(a)
    next(a.g)


def iterator_cycle():
    lst = []
    lst.append(iter(lst))


for make in (
    instance_self,
    instance_pair,
    instance_dict_asked,
    instance_vars_and_dir,
    slotted,
    slotted_with_dict,
    builtin_subclasses,
    containers,
    exception,
    exception_args,
    functions,
    function_kwdefaults_atomic,
    bound_methods,
    closures,
    nested_closure,
    classes,
    metaclass,
    generator_cycle,
    started_generator_cycle,
    iterator_cycle,
):
    count(make.__name__, make)

# A collection the class survived untracks its __bases__ tuple (it holds only object).
def make_class():
    class Survivor:
        pass

    return Survivor


k = make_class()
print("kept", gc.collect())
k = None
print("class after surviving a collection", gc.collect())
