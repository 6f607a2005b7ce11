class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
print(c.area)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.area
except AttributeError as e:
    print(type(e).__name__, e)
c.__dict__["area"] = 99
print(c.area)
p = property()
class E:
    x = p
try:
    E().x
except AttributeError as e:
    print(type(e).__name__, e)
print("只读属性")
c.area = 1
