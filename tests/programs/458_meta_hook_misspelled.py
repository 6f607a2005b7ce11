class Meta(type):
    def __ceil__(cls, *args, **kwargs):
        print("这个永远不会运行")
        return None
    def __cal__(cls, *args):
        print("also never runs")

class Thing(metaclass=Meta):
    def __init__(self):
        print("Thing.__init__")

t = Thing()
print(type(t).__name__)
print(hasattr(Meta, "__ceil__"), "__call__" in Meta.__dict__)

class Meta2(type):
    def __call__(cls, *args, **kwargs):
        print("Meta2.__call__ runs")
        return super().__call__(*args, **kwargs)
class Thing2(metaclass=Meta2):
    pass
print(type(Thing2()).__name__)
