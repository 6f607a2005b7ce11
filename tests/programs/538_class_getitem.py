class Box:
    def __class_getitem__(cls, item):
        print("__class_getitem__", cls.__name__, item)
        return f"Box[{item.__name__}]"
print(Box[int], Box[str])
class Sub(Box):
    pass
print(Sub[float])
class NoGeneric:
    pass
try:
    NoGeneric[int]
except TypeError as e:
    print(e)
print(list[int] == list[int] if False else "skip")
