print(isinstance(1, int), isinstance(1.0, int), isinstance("s", str), isinstance([], list))
print(isinstance(1, (str, int)), isinstance(None, (int, float)), isinstance(True, int))
print(type(1), type("s"), type([]), type(None), type(type))
print(type(1) is int, type(True) is int, type(1.5).__name__)
class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
d = Puppy()
print(isinstance(d, Animal), isinstance(d, Dog), isinstance(Animal(), Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(issubclass(bool, int), issubclass(int, object), issubclass(Dog, (str, Animal)))
print(type(d).__name__, type(d) is Puppy, type(d) == Dog)
print(Puppy.__bases__[0].__name__, Animal.__name__)
print(isinstance(Dog, type), isinstance(int, type), type(Dog).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(isinstance(ValueError("x"), Exception), issubclass(Exception, BaseException))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
