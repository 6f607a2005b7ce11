class Account:
    def __init__(self, balance):
        self._balance = balance
    @property
    def balance(self):
        "当前余额"
        print("get")
        return self._balance
    @balance.setter
    def balance(self, value):
        print("set", value)
        if value < 0:
            raise ValueError("余额不能为负")
        self._balance = value
    @balance.deleter
    def balance(self):
        print("delete")
        del self._balance
a = Account(10)
a.balance += 5
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(hasattr(a, "_balance"), Account.balance.__doc__)
class Frozen:
    @property
    def x(self):
        return 1
f = Frozen()
try:
    f.x = 2
except AttributeError as e:
    print(e)
try:
    del f.x
except AttributeError as e:
    print(e)
