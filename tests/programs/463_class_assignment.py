class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"

obj = A()
print(obj.who(), type(obj).__name__)
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
try:
    obj.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = B
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("a",)
try:
    obj.__class__ = S1
except TypeError as e:
    print(type(e).__name__, e)
print(obj.who())
