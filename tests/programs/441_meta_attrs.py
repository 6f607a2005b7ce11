class Meta(type):
    greeting = "hi from meta"
    def describe(cls):
        return "class " + cls.__name__
    def __len__(cls):
        return 42
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

class A(metaclass=Meta):
    pass

print(A.greeting)
print(A.describe())
print(len(A))
print(repr(A), A)
a = A()
print(hasattr(a, "greeting"), hasattr(a, "describe"))
try:
    len(a)
except TypeError as e:
    print(type(e).__name__, e)
print("元类属性不可见")
a.describe()
