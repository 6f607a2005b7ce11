class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("Meta.__call__ done")
        return obj

class P(metaclass=Meta):
    def __new__(cls, *args, **kwargs):
        print("P.__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("P.__init__", x, y)
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x}, {self.y})"

p = P(1, y=2)
print(p)
print("创建对象完成")
q = P(5)
print(q)
