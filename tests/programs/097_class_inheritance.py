class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Shape("blob"), Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in shapes])
print([c.__name__ for c in Square.__mro__])
print(isinstance(shapes[2], Rect), issubclass(Circle, Rect))
print(sum(s.area() for s in shapes))
