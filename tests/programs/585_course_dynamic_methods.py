# The course's chapter on dynamic attributes: a __new__ singleton that runs __init__ once, a
# logging __getattribute__, methods added at run time with types.MethodType, staticmethod and
# classmethod objects assigned to a class, __slots__, and gc.collect() finding the cycle an
# instance makes with a method bound to it (gc is imported after the cycle was made).
class Singleton(object):
    __instance = None
    __first_init = False

    def __new__(cls, age, name):
        if not cls.__instance:
            cls.__instance = object.__new__(cls)
        return cls.__instance

    def __init__(self, age, name):
        if not self.__first_init:
            self.age = age
            self.name = name
            Singleton.__first_init = True


a = Singleton(18, "dongGe")
b = Singleton(8, "dongGe")
print(id(a) == id(b), a.age, b.age)
a.age = 19
print(b.age)


class Person(object):
    def __init__(self, name, age):
        self.name = name
        self.__age = age

    def __str__(self):
        return "name=%s, age=%d" % (self.name, self.__age)

    def __getattribute__(self, obj):
        print("====1>%s" % obj)
        if obj == "subject1":
            print("log subject1")
            return "redirect python"
        else:
            temp = object.__getattribute__(self, obj)
            print("====2>%s" % (type(temp).__name__ if callable(temp) else temp))
            return temp

    def show(self):
        print("hahaha")


p = Person("laowang", 18)
print(p)
print(p.subject1)
p.show()
import types


def run(self, speed):
    print("%s is running at %d" % (self.name, speed))


p.run = types.MethodType(run, p)
p.run(10)


@staticmethod
def test_static():
    print("static")


@classmethod
def test_class(cls):
    print("class", cls.__name__)


Person.test_static = test_static
Person.test_class = test_class
Person.test_static()
Person.test_class()


class Student:
    __slots__ = ("name", "age")


s = Student()
s.name = "x"
try:
    s.score = 99
except AttributeError as e:
    print("AttributeError:", e)
del p
import gc
print(gc.isenabled(), gc.collect())
