class Base:
    def __eq__(self, other):
        print("Base.__eq__", type(self).__name__, type(other).__name__)
        return NotImplemented
class Sub(Base):
    def __eq__(self, other):
        print("Sub.__eq__", type(self).__name__, type(other).__name__)
        return "sub-result"

print(Base() == Sub())
print(Sub() == Base())
class Other:
    pass
print(Base() == Other())
b = Base()
print(b == b)
class Lt:
    def __lt__(self, other):
        print("Lt.__lt__")
        return NotImplemented
class Gt(Lt):
    def __gt__(self, other):
        print("Gt.__gt__")
        return "gt-result"
print(Lt() < Gt())
