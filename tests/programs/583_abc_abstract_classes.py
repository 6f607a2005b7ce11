from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area()}"


print(Shape.__abstractmethods__ == frozenset({"area", "name"}), type(Shape), Shape.__mro__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


try:
    Square(2)
except TypeError as e:
    print("TypeError:", e)


class Named(Square):
    @property
    def name(self):
        return "square"


s = Named(3)
print(s.describe(), Named.__abstractmethods__, isinstance(s, Shape), issubclass(Named, Shape))


class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        print("hook", cls.__name__, C.__name__)
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Pen:
    def draw(self):
        pass


print(issubclass(Pen, Drawable), isinstance(Pen(), Drawable), issubclass(int, Drawable), issubclass(int, Drawable))


@Drawable.register
class Canvas:
    pass


print(Canvas.__name__, issubclass(Canvas, Drawable), isinstance(Canvas(), Drawable))
Shape.register(int)
print(isinstance(5, Shape), issubclass(bool, Shape), issubclass(str, Shape))
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print("RuntimeError:", e)
print(ABC.__abstractmethods__, type(ABC()).__name__, repr(Shape._abc_impl)[:22])
print(abstractmethod.__name__, ABCMeta.__name__, ABC.__module__, ABCMeta.__module__)


class Base(ABC):
    @staticmethod
    @abstractmethod
    def make():
        ...

    @classmethod
    @abstractmethod
    def build(cls):
        ...


try:
    Base()
except TypeError as e:
    print("TypeError:", e)
Base.__abstractmethods__ = frozenset()
print(type(Base()).__name__)


class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        print("registered", cls.__name__, key)
        Plugin.registry.append(key)

    @abstractmethod
    def run(self):
        ...


class Echo(Plugin, key="echo"):
    def run(self):
        return "echo!"


print(Echo().run(), Plugin.registry)


class SingletonABCMeta(ABCMeta):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Service(metaclass=SingletonABCMeta):
    @abstractmethod
    def serve(self):
        ...


class Web(Service):
    def serve(self):
        return "serving"


print(Web() is Web(), Web().serve(), type(Web).__mro__)
try:
    Service()
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    pass


try:
    class Mixed(ABC, metaclass=Meta):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    abstractmethod()
except TypeError as e:
    print("TypeError:", e)
try:
    ABCMeta.__new__(ABCMeta)
except TypeError as e:
    print(e)
try:
    ABCMeta.__new__(ABCMeta, "X", ())
except TypeError as e:
    print(e)
