class Meta(type):
    def __call__(cls, *args, **kwargs):
        return super().__call__(*args, **kwargs)

class Point(metaclass=Meta):
    def __init__(self, x, y):
        self.x = x
        self.y = y

total = 0
for i in range(200000):
    p = Point(i, 1)
    total += p.x + p.y
print(total)
