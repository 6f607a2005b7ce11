# 中文：class 语句只是语法糖，type(名字, 基类元组, 属性字典) 也能造出同样的类
# English: a class statement is sugar; type(name, bases, dict) builds the same kind of class


def greet(self):
    return "hi, I am " + self.name


def init(self, name):
    self.name = name


# 中文：用 type() 动态创建类，包含一个类属性和两个方法
# English: create a class dynamically with type(): one class attribute, two methods
Foo = type("Foo", (object,), {"kind": "made by type()", "__init__": init, "greet": greet})


# 中文：等价的 class 写法
# English: the equivalent class statement
class Bar(object):
    kind = "made by class"

    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi, I am " + self.name


for cls in (Foo, Bar):
    obj = cls("x")
    print(cls.__name__, type(cls).__name__, cls.__bases__, cls.kind, obj.greet())

# 中文：两者的类型都是 type —— 类本身就是 type 的实例
# English: both are instances of type — a class is itself an object made by type
print(type(Foo) is type(Bar) is type)
