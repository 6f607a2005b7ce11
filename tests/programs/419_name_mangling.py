class Account:
    def __init__(self):
        self.__balance = 100
        self._hint = 1
        self.__dunder__ = 2
    def get(self):
        return self.__balance
    def __private(self):
        return "secret"
    def call(self):
        return self.__private()

a = Account()
print(a.get(), a.call())
print(sorted(vars(a)))
print(a._Account__balance)
print(a._Account__private())
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)

class Sub(Account):
    def peek(self):
        return self.__balance
try:
    Sub().peek()
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, "__balance", "没有"))
