class Root:
    def __init_subclass__(cls, **kw):
        print("Root hook for", cls.__name__, kw)
        super().__init_subclass__()

class Mixin:
    def __init_subclass__(cls, tag=None, **kw):
        print("Mixin hook for", cls.__name__, "tag", tag)
        cls.tag = tag
        super().__init_subclass__(**kw)

class Both(Mixin, Root):
    pass

class Leaf(Both, tag="叶子", extra=1):
    pass
print(Leaf.tag, Both.tag)
print(type(Root.__dict__["__init_subclass__"]).__name__)
