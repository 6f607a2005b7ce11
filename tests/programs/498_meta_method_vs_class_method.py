class Meta(type):
    def info(cls):
        return "Meta.info for " + cls.__name__
    def both(cls):
        return "Meta.both"

class A(metaclass=Meta):
    def both(self):
        return "A.both"
    @classmethod
    def info2(cls):
        return "classmethod " + cls.__name__

print(A.info())
print(A.both(A()))
print(A().both())
print(type(A).both(A))
print(A.info2(), A().info2())
print(hasattr(A(), "info"))
class B(A):
    pass
print(B.info(), type(B).__name__)
print(Meta.info(B))
