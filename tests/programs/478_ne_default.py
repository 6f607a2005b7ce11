class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("__eq__ called")
        return self.v == other.v

print(E(1) != E(1))
print(E(1) != E(2))

class Both:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        print("custom __ne__")
        return True
print(Both() != Both(), Both() == Both())

class Left:
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, other):
        print("Right.__eq__")
        return NotImplemented
print(Left() == Right())
print(Left() != Right())
