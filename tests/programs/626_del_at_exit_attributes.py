# At exit, an object bound to a global is finalized followed by what it holds (car.engine).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
items = [D("in list")]
car = D("car")
car.engine = D("engine")
car.engine.part = D("part")
other = D("other")
holder = D("holder")
holder.held = D("held")
print("end")
b = D("b")
a = D("a")
a.friend = b
c = D("c")
c.child = D("c-child")
c.child.back = a
print("end")
