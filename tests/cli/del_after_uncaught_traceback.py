# The traceback of an uncaught error is printed before the interpreter shuts down, so what
# __del__ prints then (for the failing frame's locals, kept by the traceback) comes after it.
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("released", self.name)

def work():
    r = Resource("in work")
    raise RuntimeError("failed")

keep = Resource("global")
work()
