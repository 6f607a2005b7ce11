class Other:
    def __init__(self):
        print("Other.__init__ (should not run)")
    def __repr__(self):
        return "Other()"

class A:
    def __new__(cls):
        print("A.__new__")
        return Other.__new__(Other)
    def __init__(self):
        print("A.__init__ (skipped)")

a = A()
print(a, type(a).__name__)

class B:
    def __new__(cls):
        print("B.__new__ returns None")
    def __init__(self):
        print("B.__init__ (skipped)")

b = B()
print(b)

class Sub(int):
    def __new__(cls, v):
        return int(v) * 2
    def __init__(self, v):
        print("Sub.__init__ (skipped, plain int)")
s = Sub(4)
print(s, type(s).__name__)
