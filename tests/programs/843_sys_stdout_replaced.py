# A program that replaces sys.stdout (or sys.stderr) with its own object: print writes through
# that object's write() once per piece, input() writes its prompt there and flushes it, and
# traceback.print_exc writes to the replaced sys.stderr. sys.stdout = None silences print.
import sys
import traceback


class Recorder:
    def __init__(self, name):
        self.name = name
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


real_out, real_err = sys.stdout, sys.stderr
rec = Recorder("out")
sys.stdout = rec
print("a", 1, [2], sep=", ", end=".\n")
print()
print("flushed", flush=True)
answer = input("name? ")
sys.stdout = real_out
print(rec.parts)
print("answer:", answer)

err = Recorder("err")
sys.stderr = err
try:
    {}["key"]
except KeyError:
    traceback.print_exc()
sys.stderr = real_err
print(err.parts[0], err.parts[-1], len(err.parts) > 2)

sys.stdout = None
print("nobody sees this")
sys.stdout = real_out
print("visible again", sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("x")
except AttributeError as e:
    sys.stdout = real_out
    print("AttributeError:", e)

# input() without a prompt still flushes a replaced stdout; a deleted or None sys.stdout is
# "lost" for print and input.
rec = Recorder("again")
sys.stdout = rec
second = input()
sys.stdout = None
try:
    input("prompt? ")
except RuntimeError as e:
    lost_input = str(e)
del sys.stdout
try:
    print("where to?")
except RuntimeError as e:
    lost_print = str(e)
sys.stdout = real_out
print(rec.parts, second, lost_input, lost_print)
