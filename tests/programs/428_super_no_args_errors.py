class A:
    def f(self):
        return "A"

def outside(self):
    return super().f()

class B(A):
    g = outside

try:
    B().g()
except RuntimeError as e:
    print(type(e).__name__, e)

class C(A):
    def f(self):
        return "C>" + super().f()
    @staticmethod
    def s():
        return super().f()
print(C().f())
try:
    C.s()
except RuntimeError as e:
    print(type(e).__name__, e)
print(super(C, C()).f())
print("super 需要参数")
