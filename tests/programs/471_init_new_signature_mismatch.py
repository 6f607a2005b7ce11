class A:
    def __new__(cls, a, b):
        print("__new__", a, b)
        return super().__new__(cls)
    def __init__(self, a):
        print("__init__", a)

try:
    A(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)

class B:
    def __init__(self, a, b=2):
        print("B", a, b)
B(1)
B(b=3, a=4)
B(*[5, 6])
B(**{"a": 7})
B(1, 2, 3)
