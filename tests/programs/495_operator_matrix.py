class T:
    def __init__(self, name):
        self.name = name
    def _op(op):
        def f(self, other):
            return f"({self.name} {op} {getattr(other, 'name', other)})"
        return f
    __sub__ = _op("-")
    __mul__ = _op("*")
    __truediv__ = _op("/")
    __floordiv__ = _op("//")
    __mod__ = _op("%")
    __pow__ = _op("**")
    __matmul__ = _op("@")
    __and__ = _op("&")
    __or__ = _op("|")
    __xor__ = _op("^")
    __lshift__ = _op("<<")
    __rshift__ = _op(">>")
    __rsub__ = _op("r-")
    del _op

a, b = T("a"), T("b")
print(a - b, a * b, a / b, a // b, a % b)
print(a ** b, a @ b, a & b, a | b, a ^ b, a << b, a >> b)
print(1 - a)
try:
    1 * a
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(T, "_op"))
