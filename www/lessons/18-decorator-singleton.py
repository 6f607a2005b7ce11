# 中文：用装饰器实现的单例：functools.wraps 让它看起来还是那个类，其实它已经是一个函数
# English: a singleton made by a decorator: functools.wraps makes it look like the class, but it is a function now
from functools import wraps


def singleton(cls):
    instances = {}

    @wraps(cls)
    def get_instance(*args, **kwargs):
        # 中文：只有第一次调用会创建实例，以后都返回缓存里的那一个
        # English: only the first call creates the instance; later calls return the cached one
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]

    return get_instance


@singleton
class Logger:
    """Writes log lines."""

    def __init__(self, name):
        print("Logger.__init__", name)
        self.name = name


a = Logger("app")
b = Logger("db")
print(a is b, b.name)
# 中文：wraps 复制了 __name__ 和 __doc__，__wrapped__ 指向原来的类
# English: wraps copied __name__ and __doc__, and __wrapped__ is the original class
print(Logger.__name__, Logger.__doc__, Logger.__wrapped__)
# 中文：但是名字 Logger 现在指向函数 get_instance：isinstance 不能再用它
# English: but the name Logger now means the function get_instance: isinstance cannot use it
print(type(Logger).__name__, Logger.__qualname__)
try:
    isinstance(a, Logger)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(a, Logger.__wrapped__))
