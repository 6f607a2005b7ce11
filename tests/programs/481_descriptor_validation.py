class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} 必须是 {self.kind.__name__}, 不是 {type(value).__name__}")
        obj.__dict__[self.name] = value

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"

print(Person("王", 30))
for args in [("李", "30"), (5, 1)]:
    try:
        Person(*args)
    except TypeError as e:
        print(type(e).__name__, e)
p = Person("赵", 1)
p.age = True
print(p, p.age)
