# 中文：__set_name__ 让描述符知道自己的属性名；__init_subclass__ 在子类创建时被调用
# English: __set_name__ tells a descriptor its attribute name; __init_subclass__ runs when a subclass is created


class Field:
    def __set_name__(self, owner, name):
        print(f"Field.__set_name__: {owner.__name__}.{name}")
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "<unset>")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Model:
    registry = []

    def __init_subclass__(cls, table=None, **kwargs):
        # 中文：这是一个隐式的类方法，cls 是新建的子类
        # English: an implicit classmethod; cls is the new subclass
        super().__init_subclass__(**kwargs)
        print("Model.__init_subclass__:", cls.__name__, "table =", table)
        Model.registry.append(cls.__name__)


class User(Model, table="users"):
    name = Field()
    email = Field()


class Post(Model):
    title = Field()


u = User()
u.name = "ada"
print(u.name, u.email)
print(Model.registry)
