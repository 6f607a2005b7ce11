class MA(type):
    pass
class MB(type):
    pass
class A(metaclass=MA):
    pass
class B(metaclass=MB):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class MAB(MA, MB):
    pass
class C(A, B, metaclass=MAB):
    pass
print(type(C).__name__)
print("元类冲突演示")
class D(A, B):
    pass
