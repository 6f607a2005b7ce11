class Meta(type):
    kind = "meta attribute"
    def describe(cls):
        return "class " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Thing(metaclass=Meta):
    pass
t = Thing()
print(Thing.kind, Thing.describe(), Thing.upper_name)
for name in ("kind", "describe", "upper_name"):
    try:
        getattr(t, name)
    except AttributeError as e:
        print("AttributeError:", e)
print(type(Thing).__name__, type(Meta).__name__)
