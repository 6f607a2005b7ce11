class Point:
    def __new__(cls, x, y):
        print("分配内存", x, y)
        obj = super().__new__(cls)
        # 忘记 return obj
    def __init__(self, x, y):
        print("never here")
        self.x = x
        self.y = y

p = Point(1, 2)
print(p is None)
print(type(p).__name__)
print(p.x)
