class Data:
    def __get__(self, obj, owner):
        return "data-get"
    def __set__(self, obj, value):
        print("data-set", value)

class NonData:
    def __get__(self, obj, owner):
        return "nondata-get"

class C:
    d = Data()
    n = NonData()

c = C()
print(c.d, c.n)
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
print(c.d, c.n)
c.d = 5
c.n = 6
print(c.d, c.n)
print(sorted(c.__dict__.items()))
print(C.d, C.n)
del c.n
print(c.n)
