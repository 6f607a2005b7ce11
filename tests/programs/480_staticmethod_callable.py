class Tools:
    @staticmethod
    def helper(x):
        return x * 2
    table = [helper(1)] if False else []
    @classmethod
    def build(cls):
        return cls.helper(21)

print(Tools.build())
sm = Tools.__dict__["helper"]
print(type(sm).__name__, callable(sm))
print(sm(4))
cm = Tools.__dict__["build"]
try:
    cm()
except TypeError as e:
    print(type(e).__name__, e)
print(cm.__get__(None, Tools)())
class Sub(Tools):
    @classmethod
    def build(cls):
        return "sub " + str(super().build())
print(Sub.build(), Sub().build())
