class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    def __init__(self, r): self.r = r
print(Square(3).describe())
try:
    Circle(1).describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
shapes = [Square(1), Square(2)]
print(sorted(s.area() for s in shapes), max(shapes, key=Shape.area).s)
Circle(2).describe()
