# atexit: functions called when the program ends, last registered first, before the
# objects that globals hold are finalized; unregister drops every registration of a function.
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


keep = Noisy("global object")


def goodbye(who, punctuation="!"):
    print("goodbye", who + punctuation)


@atexit.register
def decorated():
    print("decorated runs last, it was registered first")


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punctuation="?")


def failing():
    print("failing runs")
    raise RuntimeError("an exit function failed")


atexit.register(failing)
atexit.register(print, "print registered directly")


def temporary():
    print("never runs")


atexit.register(temporary)
atexit.register(temporary)
atexit.unregister(temporary)
print(decorated.__name__)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("end of program")
