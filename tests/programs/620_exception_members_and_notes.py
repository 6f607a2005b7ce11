# Exception instances: a __dict__ for any attribute, the members some builtin exceptions
# carry beside args (set by __init__), add_note/__notes__, OSError's errno subclasses.

e = ValueError("bad value")
e.code = 5
e.hint = "try again"
print(e.code, e.hint, sorted(e.__dict__.items()))


class AppError(Exception):
    def __init__(self, msg, status):
        super().__init__(msg)
        self.status = status


try:
    raise AppError("not found", 404)
except AppError as err:
    print(err, err.status, err.args, err.__dict__)

# StopIteration.value and SystemExit.code come from __init__, then live on their own.
s = StopIteration(1, 2)
print(s.value, s.args)
s.value = 9
print(s.value, s.args)
del s.value
print(s.value)
for args in [(), (3,), (1, 2)]:
    print(SystemExit(*args).code)


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("returned", stop.value)


class Quiet(StopIteration):
    def __init__(self, *args):
        pass  # no super().__init__: the member stays unset


q = Quiet(7)
print(q.args, q.value)

# ImportError, NameError and AttributeError take keywords.
ie = ImportError("cannot load", name="mod", path="/lib/mod.py")
print(ie.msg, ie.name, ie.path, str(ie), repr(ie))
print(ImportError().msg, ImportError(1, 2).msg, str(ImportError(1)))
print(ModuleNotFoundError("m", name="pkg").name)
print(NameError("n", name="x").name, AttributeError("a", name="nm", obj=3).obj)
for make in [lambda: ImportError("a", bad=1), lambda: NameError(bad=1), lambda: ValueError("a", bad=1),
             lambda: ImportError(name=1, path=2, other=3), lambda: KeyError(x=1)]:
    try:
        make()
    except TypeError as t:
        print("TypeError:", t)

# The interpreter fills name (and obj) when it raises them.
try:
    undefined_name
except NameError as ne:
    print(repr(ne.name), ne)


def local_first():
    print(later)
    later = 1


try:
    local_first()
except UnboundLocalError as ue:
    print(repr(ue.name))


class Point:
    x = 1


try:
    Point().y
except AttributeError as ae:
    print(ae.name, type(ae.obj).__name__, ae)
try:
    getattr(Point, "z")
except AttributeError as ae:
    print(ae.name, ae.obj is Point)


class Dynamic:
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")


try:
    Dynamic().color
except AttributeError as ae:
    print(ae.name, type(ae.obj).__name__, ae)


class Labelled:
    def __getattr__(self, name):
        raise AttributeError(name, name="label", obj="set by hand")


try:
    Labelled().size
except AttributeError as ae:
    print(ae.name, ae.obj)

# OSError: errno/strerror/filename, the args it keeps, and the subclass an errno picks.
for args in [(), ("only",), (2, "No such file"), (2, "No such file", "data.txt"),
             (17, "File exists", "a", None, "b"), (13, "Denied", None), (99, "Other"),
             ("a", "b"), (1, 2, 3, 4, 5, 6)]:
    o = OSError(*args)
    print(type(o).__name__, o.args, o.errno, o.strerror, o.filename, o.filename2, "|", o)
print(FileNotFoundError(2, "gone").errno, IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), ConnectionError.__mro__)
try:
    raise OSError(111, "Connection refused")
except ConnectionRefusedError as c:
    print("caught", type(c).__name__, c.errno)

# add_note keeps a list in the instance dict.
n = KeyError("k")
n.add_note("first")
n.add_note("second")
print(n.__notes__, n.__dict__)
for bad in [3, None]:
    try:
        n.add_note(bad)
    except TypeError as t:
        print(t)
n.__notes__ = "not a list"
try:
    n.add_note("x")
except TypeError as t:
    print(t)
try:
    n.add_note()
except TypeError as t:
    print(t)
try:
    n.add_note(note="x")
except TypeError as t:
    print(t)
