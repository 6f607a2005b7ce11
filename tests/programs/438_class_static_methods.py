class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"
    @staticmethod
    def add(a, b):
        return a + b

class Sub(Counter):
    pass

Counter.create(2)
Sub.create(1)
print(Counter.how_many(), Sub.how_many())
print(Counter.add(1, 2), Counter().add(3, 4))
print(type(Counter.__dict__["add"]).__name__, type(Counter.__dict__["create"]).__name__)
print(Counter.create.__self__ is Counter, Sub().how_many.__self__ is Sub)
print(type(Counter.add).__name__, type(Counter.create).__name__)
sm = Counter.__dict__["add"]
print(sm.__func__(5, 6))
print(Counter.__dict__["create"].__func__.__name__)
