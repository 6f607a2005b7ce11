class Person:
    def __new__(cls, *args, **kwargs):
        print("1. __new__ 创建对象", cls.__name__, args)
        obj = super().__new__(cls)
        return obj
    def __init__(self, name):
        print("2. __init__ 初始化", name)
        self.name = name
p = Person("小明")
print(p.name, type(p).__name__, isinstance(p, Person))
