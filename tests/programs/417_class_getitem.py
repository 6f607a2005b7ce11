class Box:
    def __class_getitem__(cls, item):
        print("__class_getitem__", cls.__name__, item)
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"

print(Box[int])
print(Box["x"])
print(Box[1, 2])

class Sub(Box):
    pass
print(Sub[str])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int])
print(dict[str, int])
class Plain:
    pass
Plain[int]
