class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("__init_subclass__", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
class C(B):
    pass
print(Plugin.registry)
print(A.plugin_name, B.plugin_name, C.plugin_name)
print(hasattr(Plugin, "plugin_name"))
try:
    class D(Plugin, name="d", extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
