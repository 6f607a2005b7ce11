class Greeter:
    default = str.upper
    fn = len
    def __init__(self):
        self.instance_fn = str.lower

g = Greeter()
print(Greeter.default("abc"))
print(g.fn("hello"))
print(g.instance_fn("ABC"))
try:
    print(g.default("abc"))
except TypeError as e:
    print(type(e).__name__, e)
class WithLambda:
    f = lambda self, x: (type(self).__name__, x)
print(WithLambda().f(1))
print(WithLambda.f(None, 2))
