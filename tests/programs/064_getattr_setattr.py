class Obj:
    cls_attr = "class level"
    def __init__(self):
        self.a = 1
    def method(self):
        return "method called"
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "missing", "default"))
print(getattr(o, "method")())
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "zzz"), hasattr(Obj, "method"))
delattr(o, "b")
print(hasattr(o, "b"))
name = "dynamic"
setattr(o, name, [1, 2])
print(o.dynamic)
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
o.cls_attr = "instance level"
print(o.cls_attr, Obj.cls_attr)
del o.cls_attr
print(o.cls_attr)
setattr(Obj, "new_cls", 5)
print(o.new_cls)
for attr in ["a", "cls_attr", "x"]:
    print(attr, getattr(o, attr, None))
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
