# OrderedDict and defaultdict: a container inside itself shows as ..., and | keeps the class
# (and a defaultdict's factory) from either side.
from collections import OrderedDict, defaultdict
od = OrderedDict(); od["self"] = od; od["x"] = 1
print(od)
d = {}; d["me"] = d; print(d)
l = []; l.append(l); print(l)
dd = defaultdict(int); dd["a"] = dd; print(dd)
r = defaultdict(int) | {"a": 1}
print(type(r).__name__, r)
r2 = {"a": 1} | defaultdict(int)
print(type(r2).__name__, r2)
o2 = OrderedDict(a=1) | {"b": 2}
print(type(o2).__name__, o2)
print(OrderedDict(a=1) | OrderedDict(b=2), {"z": 0} | OrderedDict(a=1))
dl = defaultdict(list) | {"k": [1]}
dl["new"].append(2); print(dl)
try:
    defaultdict(int) | [1]
except TypeError as e:
    print(type(e).__name__)
