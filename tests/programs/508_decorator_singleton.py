def singleton(cls):
    instances = {}
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get
@singleton
class Logger:
    def __init__(self, level):
        print("Logger init", level)
        self.level = level
l1 = Logger("debug")
l2 = Logger("info")
print(l1 is l2, l1.level, type(Logger).__name__)
