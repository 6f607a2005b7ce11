# 中文：__prepare__ 决定类体在哪个字典里执行：类体里的每个赋值都是一次 __setitem__
# English: __prepare__ chooses the dict the class body runs in: each assignment in the body is a __setitem__ call
from collections import OrderedDict


class LoggingDict(OrderedDict):
    def __setitem__(self, key, value):
        print("the class body sets", key)
        super().__setitem__(key, value)


class FieldsMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("__prepare__", name, bases)
        return LoggingDict()

    def __new__(mcs, name, bases, namespace, **kwargs):
        print("__new__ gets a", type(namespace).__name__)
        # 中文：type.__new__ 把命名空间复制成一个普通的 dict
        # English: type.__new__ copies the namespace into a plain dict
        cls = super().__new__(mcs, name, bases, dict(namespace))
        cls.fields = [k for k in namespace if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        print("__init__", name)
        super().__init__(name, bases, namespace)


class Person(metaclass=FieldsMeta):
    name = "?"
    age = 0

    def greet(self):
        return "hi " + self.name


# 中文：字段按类体中的顺序保存
# English: the fields are kept in the order of the class body
print(Person.fields)
print(type(Person).__name__, type(Person.__dict__).__name__)
