class Shape:
    def __init__(self, **kwargs):
        print("Shape leftover", kwargs)
        super().__init__(**kwargs)

class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        print("Colored", color)
        self.color = color
        super().__init__(**kwargs)

class Sized(Shape):
    def __init__(self, size=1, **kwargs):
        print("Sized", size)
        self.size = size
        super().__init__(**kwargs)

class Box(Colored, Sized):
    def __init__(self, name, **kwargs):
        print("Box", name)
        self.name = name
        super().__init__(**kwargs)

b = Box("b1", color="red", size=3)
print(b.name, b.color, b.size)
print([k.__name__ for k in Box.__mro__])
try:
    Box("b2", weight=5)
except TypeError as e:
    print(type(e).__name__, e)
