class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    other = 2

b = B()
b.inst = 3
print(vars(b))
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print(sorted(n for n in vars(B) if not n.startswith("__")))
print("cls_attr" in vars(A), "cls_attr" in vars(B))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))
