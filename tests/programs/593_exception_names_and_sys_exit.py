# Tracebacks name an exception class by its qualified name; NameError suggests True/False/None
# (they are names in builtins too); SystemExit carries .code, and an uncaught one ends the
# program without a traceback (a string code is printed, status 1).
import sys


class Outer:
    class Err(Exception):
        pass


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__qualname__, "|", e)


show(lambda: Tru)
show(lambda: Nne)
show(lambda: false)
try:
    sys.exit(2)
except SystemExit as e:
    print("caught", e.code, e.args, repr(e))
print(SystemExit().code, SystemExit(1, 2).code, SystemExit("x").code)
try:
    raise Outer.Err("nested")
except Outer.Err as e:
    print(type(e).__qualname__, e)


class Counter:
    def __del__(self):
        print("finalized after SystemExit")


c = Counter()
print("before exit")
sys.exit("bye")
print("never")
