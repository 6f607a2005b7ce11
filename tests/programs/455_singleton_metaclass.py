class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("创建", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        else:
            print("复用", cls.__name__)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value

class Logger(metaclass=Singleton):
    pass

a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
l1 = Logger()
l2 = Logger()
print(l1 is l2, l1 is a)
print(sorted(k.__name__ for k in Singleton._instances))
class SubConfig(Config):
    pass
s = SubConfig(3)
print(s is a, s.value)
