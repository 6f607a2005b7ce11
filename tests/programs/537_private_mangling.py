class Account:
    __rate = 0.05
    def __init__(self, owner):
        self.__owner = owner
        self._hint = "protected"
    def owner(self):
        return self.__owner
    @classmethod
    def rate(cls):
        return cls.__rate
a = Account("王")
print(a.owner(), Account.rate(), a._hint)
print(sorted(k for k in vars(a)))
print(a._Account__owner, "_Account__rate" in Account.__dict__)
try:
    print(a.__owner)
except AttributeError as e:
    print(e)
class Sub(Account):
    def peek(self):
        return self.__owner
try:
    Sub("李").peek()
except AttributeError as e:
    print(e)
