# 中文：创建对象分两步：先 __new__ 造出对象，再 __init__ 给它初始化
# English: making an object takes two steps: __new__ builds it, then __init__ fills it in


class Dog:
    def __new__(cls, name):
        # 中文：__new__ 的第一个参数是类本身，此时还没有实例
        # English: __new__ receives the class itself; no instance exists yet
        print("1. __new__ called with cls =", cls.__name__)
        obj = super().__new__(cls)
        print("2. __new__ returns a", type(obj).__name__, "object")
        return obj

    def __init__(self, name):
        # 中文：__init__ 收到的 self 正是 __new__ 返回的那个对象
        # English: the self __init__ receives is the object __new__ returned
        print("3. __init__ called, setting name =", name)
        self.name = name


d = Dog("Wangcai")
print("4. done:", d.name)
# 中文：__init__ 只能返回 None，调用 Dog(...) 的结果来自 __new__
# English: __init__ must return None; the result of Dog(...) comes from __new__
print(type(d) is Dog)
