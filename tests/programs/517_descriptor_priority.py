class Data:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, owner):
        return "non-data descriptor"
class C:
    d = Data()
    n = NonData()
    plain = "class attribute"
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d)
print(c.n)
print(c.plain)
c.d = 5
c.plain = "instance plain"
print(c.plain, C.plain)
print(C.d, C.n)
del c.__dict__["n"]
print(c.n)
