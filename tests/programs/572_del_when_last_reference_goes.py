# __del__ runs the moment the last reference goes: del, rebinding, a frame returning, a
# container emptied (a list's items last to first), a temporary, and at exit for what the
# globals still hold (in the order the globals were bound). A __del__ can resurrect its object.


class A:
    def __init__(self, n):
        self.n = n
        print("new", n)

    def __del__(self):
        print("del", self.n)


a = A(0)
a2 = a
del a
print("a deleted, a2 still refers")
del a2
print("a2 deleted")


def f():
    local = A(1)
    print("in f", local.n)
    return 5


print("f returned", f())
x = A(2)
x = A(3)
print("x rebound")
lst = [A(4), A(5)]
lst = None
print("list gone")
d = {"a": A(6), "b": A(7)}
del d["a"]
print("key gone")


class B(A):
    pass


b = B(8)
b.child = A(9)
del b
print("b and its child gone")
t = (A(10), A(11))
del t
print([A(12)][0].n)


class Phoenix:
    def __del__(self):
        global saved
        saved = self
        print("resurrected once")


p = Phoenix()
del p
print(type(saved).__name__)
del saved
print("no second __del__")
late = A(13)
_private = A(14)
print("end")
