class Interface:
    required = ()
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(f"{cls.__name__} 缺少方法: {', '.join(missing)}")
        print("ok", cls.__name__)

class Shape(Interface):
    required = ("area", "perimeter")
    def area(self):
        return 0
    def perimeter(self):
        return 0

try:
    class Bad(Shape):
        area = 5
except TypeError as e:
    print(type(e).__name__, e)
class Good(Shape):
    def area(self):
        return 1
print(Good().area(), "Bad" in globals())
