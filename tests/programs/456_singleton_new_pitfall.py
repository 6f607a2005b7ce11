class Database:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("new instance for", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, name):
        print("__init__ again with", name)
        self.name = name

a = Database("first")
b = Database("second")
print(a is b, a.name)

class TestDB(Database):
    pass
t = TestDB("test")
print(type(t).__name__, t is a, a.name)
print("子类共享实例")
print(TestDB._instance is Database._instance)
print("_instance" in TestDB.__dict__)
