# print(..., file=f) calls f.write once per piece (each str, each sep, the end) and f.flush() for
# flush=True; sys.stdout and sys.stderr are the run's streams; CPython's errors for a bad file.
import sys

class Tee:
    """Writes go to a list; shows the pieces print() hands to write()."""
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.flushed += 1

class Loud:
    def __str__(self):
        print("  (str of Loud)")
        return "loud"

t = Tee()
print("x", Loud(), 3, sep="-", end="!\n", file=t, flush=True)
print(t.parts, t.flushed)
print(file=t)
print(t.parts[-1] == "\n")
print("to stdout", file=None)
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", 1, 2, sep=", ", file=sys.stderr)
n = sys.stdout.write("written\n")
print(n, sys.stderr.write("é\n"))
print(repr(sys.stdout), sys.stderr)
print(type(sys.stdout).__name__)
sys.stdout.flush()
for bad in (5, "text"):
    try:
        print("x", file=bad)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
class NoFlush:
    def write(self, s):
        pass
try:
    print("y", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)
print("y", file=NoFlush(), flush=False)
print("end")
