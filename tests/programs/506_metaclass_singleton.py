class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instance = None
    def __call__(cls, *args, **kwargs):
        if cls.instance is None:
            print("creating", cls.__name__)
            cls.instance = super().__call__(*args, **kwargs)
        return cls.instance
class DB(metaclass=Singleton):
    def __init__(self, url):
        print("connect", url)
        self.url = url
a = DB("mysql://a")
b = DB("mysql://b")
print(a is b, a.url, b.url)
class Cache(metaclass=Singleton):
    pass
print(Cache() is Cache(), Cache() is a)
