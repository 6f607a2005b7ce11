class Shape:
    def __init__(self, **kwargs):
        print("Shape", kwargs)
        super().__init__(**kwargs)
class Colored(Shape):
    def __init__(self, color="red", **kwargs):
        print("Colored", color)
        self.color = color
        super().__init__(**kwargs)
class Sized(Shape):
    def __init__(self, size=1, **kwargs):
        print("Sized", size)
        self.size = size
        super().__init__(**kwargs)
class Box(Colored, Sized):
    pass
b = Box(color="blue", size=3)
print(b.color, b.size, [c.__name__ for c in Box.__mro__])
try:
    Box(weight=2)
except TypeError as e:
    print("TypeError:", e)
