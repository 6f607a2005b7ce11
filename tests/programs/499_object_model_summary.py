class Meta(type):
    pass
class Base(metaclass=Meta):
    pass
class Obj(Base):
    pass

o = Obj()
chain = [o, Obj, Meta, type]
for x in chain:
    print(type(x).__name__, end=" -> ")
print()
print(isinstance(o, Base), isinstance(Obj, Meta), isinstance(Meta, type))
print(isinstance(type, type), issubclass(type, object), issubclass(Meta, type))
print([c.__name__ for c in Meta.__mro__])
print(type(o).__class__.__name__, Obj.__class__.__class__.__name__)
print(object.__class__ is type, type.__class__ is type)
print("对象模型总结")
