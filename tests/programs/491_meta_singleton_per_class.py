class Single(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None
    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance

class Base(metaclass=Single):
    def __init__(self, tag="base"):
        print("init", type(self).__name__, tag)
        self.tag = tag
class Child(Base):
    pass

b1, b2 = Base(), Base("ignored")
c1, c2 = Child("child"), Child()
print(b1 is b2, c1 is c2, b1 is c1)
print(b1.tag, c1.tag)
print("_instance" in vars(Child))
