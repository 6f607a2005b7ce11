from collections import OrderedDict, defaultdict
tree = defaultdict(lambda: defaultdict(int))
tree["a"]["x"] += 2
tree["b"]["y"] += 1
print({k: dict(v) for k, v in tree.items()})
class Counter(defaultdict):
    def __init__(self):
        super().__init__(int)
c = Counter()
c["q"] += 5
print(c, type(c).__name__, isinstance(c, defaultdict))
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
lu = LastUpdated()
lu["a"] = 1; lu["b"] = 2; lu["a"] = 3
print(lu, list(lu))
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o2) == o1, o1 != dict(o2))
d = defaultdict(list)
print("x" in d, d.get("x"), len(d))
d["x"]
print(d, d.copy(), d.copy() is d, type(d.copy()).__name__)
print(defaultdict(list, a=[1]) == {"a": [1]})
dd = defaultdict(set)
dd[1].add(2)
print(dd.pop(1), dd)
try:
    dd.nope = 1
except AttributeError as e:
    print("AttributeError")
print(hasattr(dd, "__dict__"), hasattr(OrderedDict(), "__dict__"))
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return OrderedDict()
    def __new__(mcs, name, bases, ns, **kw):
        print(type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcs, name, bases, dict(ns))
class Form(metaclass=Meta):
    name = "n"
    age = 3
    def validate(self): pass
print(Form.age)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, od.popitem(False), od.popitem(True), od)
print(list(reversed(od)), OrderedDict(od) == od)
print(repr(OrderedDict([(1, OrderedDict(a=1))])))
dd2 = defaultdict(None, {1: 2})
print(dd2, dd2.default_factory)
dd2.default_factory = list
print(dd2[5], dd2)
