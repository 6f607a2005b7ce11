e = ValueError('a', 'b')
e.args = ('z',)
print(e, e.args)
e.args = [1, 2]
print(e.args, str(e), repr(e))
for attr, val in [("args", 5), ("__cause__", 5), ("__context__", 5), ("__suppress_context__", 0)]:
    try:
        setattr(e, attr, val)
    except TypeError as x:
        print(attr, x)
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
for attr in ["args", "__cause__", "__context__", "__suppress_context__"]:
    try:
        delattr(e, attr)
    except TypeError as x:
        print(x)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
x = E('m', 3)
x.args = ('new',)
print(x, x.code, vars(x))
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        outer = RuntimeError("outer")
        outer.__cause__ = inner
        raise outer
except RuntimeError as r:
    print(repr(r.__cause__), r.__suppress_context__, repr(r.__context__))
err = ValueError("shown")
err.__context__ = TypeError("ctx")
err.__suppress_context__ = True
raise err
