class A:
    x = 1
class B(A):
    x = 2
    def show(self):
        return super().x
    def missing(self):
        return super().nothing

b = B()
print(b.show(), b.x)
try:
    b.missing()
except AttributeError as e:
    print(type(e).__name__, e)

class C(B):
    def __init__(self):
        super().__init__()
        print("C init ok")
C()
class D:
    def __init__(self, a):
        super().__init__(a)
D(1)
