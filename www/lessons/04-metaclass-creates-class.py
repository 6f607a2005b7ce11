# 中文：元类是"创建类的类"，class 语句执行完时就会调用它，不需要任何实例
# English: a metaclass is "the class of a class"; it runs when the class statement ends, before any instance


class MyType(type):
    def __new__(mcs, name, bases, attrs):
        # 中文：attrs 是类体执行后得到的命名空间
        # English: attrs is the namespace produced by running the class body
        print("MyType.__new__: creating class", name, "with", sorted(k for k in attrs if not k.startswith("__")))
        return super().__new__(mcs, name, bases, attrs)

    def __init__(cls, name, bases, attrs):
        print("MyType.__init__: class", name, "is ready")
        super().__init__(name, bases, attrs)


print("before the class statement")


class Foo(metaclass=MyType):
    print("  running the class body of Foo")
    color = "red"

    def hello(self):
        return "hello"


print("after the class statement, no Foo instance yet")
print(type(Foo).__name__)
f = Foo()
print(f.hello(), f.color)
