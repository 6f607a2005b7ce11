class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("计算", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Report:
    def __init__(self, n):
        self.n = n
    @Lazy
    def total(self):
        return sum(range(self.n))

r = Report(5)
print(r.total)
print(r.total)
print("total" in vars(r), type(Report.total).__name__)
del r.total
print(r.total)
r2 = Report(3)
r2.total = 100
print(r2.total)
