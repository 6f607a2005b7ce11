class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        if not args:
            raise ValueError(f"{cls.__name__} needs arguments")
        return super().__call__(*args)
class Thing(metaclass=Meta):
    def __init__(self, *args):
        self.args = args
print(Thing(1, 2).args)
Thing()
