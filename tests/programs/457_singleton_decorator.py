def singleton(cls):
    instances = {}
    def get(*args, **kwargs):
        if cls not in instances:
            print("first call", cls.__name__, args)
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get

@singleton
class App:
    def __init__(self, name):
        self.name = name

a = App("one")
b = App("two")
print(a is b, a.name)
print(type(App).__name__, App.__name__)
print(type(a).__name__)
try:
    isinstance(a, App)
except TypeError as e:
    print(type(e).__name__, e)
print("装饰器返回函数")
App.name
