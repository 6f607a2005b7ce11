class Animal:
    pass
class Dog(Animal):
    pass
class Cat(Animal):
    pass
class Puppy(Dog):
    pass

print([c.__name__ for c in Animal.__subclasses__()])
print([c.__name__ for c in Dog.__subclasses__()])
print(Cat.__subclasses__())

def walk(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        walk(sub, depth + 1)
walk(Animal)
print(issubclass(Puppy, Animal), isinstance(Puppy(), Dog))
print(type.__subclasses__(type) == [] or True)
