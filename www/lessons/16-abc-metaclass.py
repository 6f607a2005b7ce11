# 中文：抽象基类：ABC 的元类是 ABCMeta，一个真实的元类。它在创建类时记下抽象方法，object.__new__ 再据此拒绝实例化
# English: abstract base classes: ABC's metaclass is ABCMeta, a real-world metaclass. It records the abstract methods when it creates a class, and object.__new__ refuses to instantiate while any are left
from abc import ABC, ABCMeta, abstractmethod


class Animal(ABC):
    # 中文：@abstractmethod 只是给函数加上 __isabstractmethod__ = True 标记
    # English: @abstractmethod only marks the function with __isabstractmethod__ = True
    @abstractmethod
    def speak(self):
        ...

    def greet(self):
        return "I say " + self.speak()


print(type(Animal) is ABCMeta, Animal.__abstractmethods__)
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)


class Dog(Animal):
    def speak(self):
        return "woof"


# 中文：Dog 实现了 speak，所以它的 __abstractmethods__ 是空的，可以创建实例
# English: Dog implements speak, so its __abstractmethods__ is empty and it can be instantiated
d = Dog()
print(Dog.__abstractmethods__, d.greet(), isinstance(d, Animal))


# 中文：register 登记一个“虚拟子类”：isinstance 返回 True，但它不在 MRO 里，也不继承 greet
# English: register adds a "virtual subclass": isinstance says True, but it is not in the MRO and does not inherit greet
@Animal.register
class Robot:
    def speak(self):
        return "beep"


r = Robot()
print(isinstance(r, Animal), Animal in Robot.__mro__, hasattr(r, "greet"))
