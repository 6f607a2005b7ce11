class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False
with Resource("A") as r:
    print("using", r.name)
with Resource("X") as x, Resource("Y") as y:
    print("both", x.name, y.name)
try:
    with Resource("B"):
        raise ValueError("inside with")
except ValueError as e:
    print("propagated:", e)
def func():
    with Resource("C"):
        return "returned from with"
print(func())
class Value:
    def __enter__(self):
        return 42
    def __exit__(self, *args):
        print("exit args:", args)
with Value() as v:
    print("v =", v)
for i in range(2):
    with Resource("L" + str(i)):
        if i == 0:
            continue
        print("second iteration")
