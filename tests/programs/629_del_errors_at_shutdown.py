# A __del__ that raises: reported on stderr. During the run and for cycles collected at exit
# the traceback shows the source line; for what the globals hold at shutdown it cannot.
class D:
    def __init__(self, name): self.name = name
    def __del__(self): raise ValueError("in del of " + self.name)
def f():
    x = D("local")
    y = D("cycle")
    y.me = y
f()
g = D("global")
print("end")
