# 中文：元类里的钩子名字拼错（__ceil__ 而不是 __call__），Python 不会报错，只是永远不调用它
# English: a misspelled metaclass hook (__ceil__ instead of __call__) is no error; it is simply never called


class Singleton(type):
    def __ceil__(cls, *args, **kwargs):
        print("Singleton.__ceil__ runs")
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    _instance = None

    def __init__(self):
        print("Config.__init__ runs")


# 中文：Config() 走的是 type.__call__，所以每次都新建对象
# English: Config() goes through type.__call__, so every call makes a new object
a = Config()
b = Config()
print(a is b)
print(Config._instance)
# 中文：__ceil__ 真正的用途是 math.ceil()：这里对"类"取整才会调用它
# English: __ceil__ really belongs to math.ceil(); only rounding the class up would call it
print("__ceil__" in vars(Singleton), "__call__" in vars(Singleton))
