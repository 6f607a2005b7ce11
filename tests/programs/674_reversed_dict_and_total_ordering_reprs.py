# reversed() over a dict and its views makes CPython's reverse iterator types; the methods
# functools.total_ordering adds are functions (CPython writes them in Python).
from functools import total_ordering

d = {"a": 1, "b": 2, "c": 3}
for r in [reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())]:
    print(type(r).__name__, list(r), repr(r).split(" at ")[0])

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n

for name in ["__le__", "__gt__", "__ge__"]:
    m = getattr(Version, name)
    print(name, m.__name__, repr(m).split(" at ")[0])
print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(5))
