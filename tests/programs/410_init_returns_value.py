class A:
    def __init__(self):
        print("A.__init__ running")
        return None

a = A()
print(type(a).__name__)

class B:
    def __init__(self, v):
        self.v = v
        return v

try:
    B(0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    B("x")
except TypeError as e:
    print(type(e).__name__, e)
print("初始化不能返回值")
B(42)
