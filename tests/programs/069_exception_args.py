e = ValueError("bad value")
print(str(e), repr(e), e.args)
e2 = ValueError("a", 2)
print(str(e2), repr(e2), e2.args)
e3 = ValueError()
print(repr(str(e3)), repr(e3), e3.args)
k = KeyError("missing")
print(str(k), repr(k))
k2 = KeyError(1)
print(str(k2), repr(k2))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code
    def __str__(self):
        return "MyErr with code " + str(self.code)
m = MyErr(7)
print(str(m), repr(m), m.args, m.code)
class Plain(Exception):
    pass
p = Plain("hello", "world")
print(p, repr(p))
try:
    raise Plain
except Plain as ex:
    print(repr(ex), ex.args, str(ex) == "")
try:
    1 / 0
except ZeroDivisionError as ex:
    print(repr(ex), ex.args)
try:
    [].pop()
except IndexError as ex:
    print(repr(ex))
try:
    {"a": 1}["b"]
except KeyError as ex:
    print(repr(ex), str(ex), ex.args)
print(isinstance(m, Exception), type(m).__name__)
print(repr(StopIteration(5)), StopIteration(5).value)
