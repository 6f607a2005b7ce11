# Calling a builtin type: C types without a constructor refuse ("cannot create"), while
# object.__new__ refuses them in its own words; NoneType(), type(...)() and
# NotImplementedType() give the one instance; types.ModuleType makes a module.
import types


def g():
    yield 1


kinds = [type(iter([])), type(iter(())), type(iter(range(1))), type(iter("")), type(iter(set())),
         type({}.keys()), type({}.values()), type(iter({})), type(iter(lambda: 0, 1)),
         type(len), type([].append), type(list.append), type(object.__init__), type(object().__str__),
         type(g()), type(None), type(...), type(NotImplemented), types.FunctionType]
for t in kinds:
    try:
        print(t.__name__, repr(t()))
    except TypeError as e:
        print(t.__name__, "->", e)
    try:
        object.__new__(t)
    except TypeError as e:
        print("   ", e)

for bad in (lambda: type(None)(1), lambda: type(...)(x=1), lambda: type(NotImplemented)(2),
            lambda: types.FunctionType(1, {})):
    try:
        bad()
    except TypeError as e:
        print(e)
print(type(None).__new__(type(None)), type(...).__new__(type(...)))
print(object.__dir__, object.__format__, int.__round__, object.__repr__, list.__len__)

m = types.ModuleType("lesson", "a module made at run time")
m.x = 1
print(m, m.__name__, m.__doc__, m.x, list(m.__dict__))
try:
    m.y
except AttributeError as e:
    print(e)
m.__name__ = 3
print(repr(m))
del m.__name__
print(repr(m))
try:
    m.y
except AttributeError as e:
    print(e)
for args, kwargs in [((), {}), (("x", "d", 3), {}), ((), {"name": "x", "doc": "d"}), (("x",), {"y": 1}),
                     (("x",), {"name": "y"}), ((1,), {}), (("x", 5), {})]:
    try:
        made = types.ModuleType(*args, **kwargs)
        print(repr(made), made.__doc__)
    except TypeError as e:
        print(e)


class Plugin(types.ModuleType):
    def __init__(self, name):
        super().__init__(name)
        self.loaded = True


p = Plugin("plugin")
print(p, p.loaded, type(p).__mro__)
print(repr(types.ModuleType.__new__(types.ModuleType)))
