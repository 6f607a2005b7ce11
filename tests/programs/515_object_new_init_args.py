class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("1", e)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print("2", OnlyInit(3).x)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print("3", type(OnlyNew(1)).__name__)
class InitCallsSuper:
    def __init__(self, x):
        super().__init__(x)
try:
    InitCallsSuper(1)
except TypeError as e:
    print("4", e)
class NewCallsSuper:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    NewCallsSuper(1)
except TypeError as e:
    print("5", e)
try:
    object.__init__(Plain(), 5)
except TypeError as e:
    print("6", e)
