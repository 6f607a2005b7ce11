class A:
    def __eq__(self, other):
        return True
class B(A):
    pass
class C(A):
    def __hash__(self):
        return 7
class D(C):
    def __eq__(self, other):
        return False

print(A.__hash__, B.__hash__)
print(hash(C()), C() in {C()})
print(D.__hash__ is None)
class E:
    pass
print(E.__hash__ is object.__hash__)
print(hash(E()) == hash(E()) or True)
class F:
    __hash__ = None
try:
    {F(): 1}
except TypeError as e:
    print(type(e).__name__, e)
hash(B())
