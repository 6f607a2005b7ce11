class A:
    pass

try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(x=1)
except TypeError as e:
    print(type(e).__name__, e)

class B:
    def __init__(self, x):
        self.x = x
b = B(3)
print(b.x)

class C:
    def __new__(cls, x):
        return super().__new__(cls)
c = C(5)
print(type(c).__name__)

class D:
    def __new__(cls, x):
        return super().__new__(cls, x)
    def __init__(self, x):
        self.x = x
try:
    D(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(b, 1)
except TypeError as e:
    print(type(e).__name__, e)
