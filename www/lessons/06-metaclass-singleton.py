# 中文：用元类实现单例：在 __call__ 里缓存第一次创建的对象
# English: a singleton via a metaclass: __call__ caches the first object it makes


class Singleton(type):
    def __call__(cls, *args, **kwargs):
        # 中文：每个类第一次被调用时才真正创建对象
        # English: the object is only built the first time each class is called
        if cls._instance is None:
            print("creating the only", cls.__name__)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    _instance = None

    def __init__(self, path):
        print("Config.__init__ runs with", path)
        self.path = path


a = Config("a.ini")
b = Config("b.ini")
print(a is b)
# 中文：第二次调用直接返回缓存，__init__ 没有再执行，所以 path 还是 a.ini
# English: the second call returns the cache without running __init__, so path is still a.ini
print(b.path)
