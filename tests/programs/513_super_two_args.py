class A:
    def hi(self): return "A.hi"
    @classmethod
    def make(cls): return "A.make " + cls.__name__
class B(A):
    def hi(self): return "B.hi"
    @classmethod
    def make(cls): return "B.make/" + super().make()
class C(B):
    def hi(self):
        return super(B, self).hi() + " via C"
c = C()
print(c.hi(), C.make(), super(C, c).hi())
print(super(C, C).make())
try:
    super(C, 1)
except TypeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
