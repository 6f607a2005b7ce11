# 中文：Foo(...) 实际上是 type(Foo).__call__(Foo, ...)；元类可以接管这一步
# English: Foo(...) is really type(Foo).__call__(Foo, ...); a metaclass can take over that step


class MyType(type):
    def __call__(cls, *args, **kwargs):
        print("MyType.__call__:", cls.__name__, args)
        # 中文：第一步：手动调用 __new__ 创建空对象
        # English: step 1: call __new__ by hand to get an empty object
        obj = cls.__new__(cls)
        print("  after __new__:", obj.__dict__)
        # 中文：第二步：手动调用 __init__ 初始化
        # English: step 2: call __init__ by hand to initialise it
        obj.__init__(*args, **kwargs)
        print("  after __init__:", obj.__dict__)
        # 中文：第三步：返回对象，它就是 Foo(...) 的结果
        # English: step 3: return the object; it becomes the value of Foo(...)
        return obj


class Foo(metaclass=MyType):
    def __init__(self, x, y):
        print("  Foo.__init__", x, y)
        self.x = x
        self.y = y


f = Foo(1, y=2)
print(type(f).__name__, f.x, f.y)
