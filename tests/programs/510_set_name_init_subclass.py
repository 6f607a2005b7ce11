class Field:
    def __init__(self):
        self.name = None
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
class Base:
    registry = []
    def __init_subclass__(cls, kind="plain", **kwargs):
        super().__init_subclass__(**kwargs)
        print("__init_subclass__", cls.__name__, kind)
        Base.registry.append((cls.__name__, kind))
class User(Base, kind="model"):
    name = Field()
    email = Field()
class Admin(User):
    level = Field()
print(Base.registry, User.name.name, Admin.level.name)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
