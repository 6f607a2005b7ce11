class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        print("set", self.name, "=", value)
        setattr(obj, self.private, value)

class Model:
    title = Field()
    count = Field()

m = Model()
print(m.title)
m.title = "书"
m.count = 3
print(m.title, m.count)
print(type(Model.title).__name__, Model.title.name)
f = Field()
Model.late = f
print(hasattr(f, "name"))
print(sorted(k for k in vars(m)))
