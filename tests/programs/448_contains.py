class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("__contains__", x)
        return self.lo <= x < self.hi

r = Range(1, 5)
print(3 in r, 7 in r, 7 not in r)

class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError
        return i * 10
print(20 in Seq())
print(99 in Seq())

class It:
    def __iter__(self):
        print("iter")
        return iter(["a", "b"])
print("b" in It())
class Weird:
    def __contains__(self, x):
        return "non-empty"
print(1 in Weird())
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__, e)
