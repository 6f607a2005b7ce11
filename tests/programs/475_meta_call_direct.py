class Meta(type):
    def __call__(cls, *args):
        print("intercept", cls.__name__, args)
        if args and args[0] == "skip":
            return "not an instance"
        return type.__call__(cls, *args)

class W(metaclass=Meta):
    def __init__(self, *args):
        print("W.__init__", args)

w = W(1, 2)
print(type(w).__name__)
print(W("skip"))
print(Meta.__call__(W, 9) is not None)
print(type(W).__call__ is Meta.__call__)
print(type.__call__(W, 3).__class__.__name__)
