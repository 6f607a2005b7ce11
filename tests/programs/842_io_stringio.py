# io.StringIO: an in-memory text file (read, readline, seek, tell, write over and past the
# end, truncate, newline modes, closed-file errors), and sys.stdout / sys.stderr replaced by one.
import io
f = io.StringIO("hello\nworld\nlast")
print(repr(f).split(" at ")[0], type(f), io.StringIO)
print(f.read(3), f.tell(), repr(f.readline()), f.readlines())
print(f.seek(0), list(f))
f.seek(2)
print(f.write("XY"), repr(f.getvalue()), f.tell())
f.seek(30)
f.write("end")
print(repr(f.getvalue()))
print(f.truncate(5), repr(f.getvalue()), f.tell())
print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed)
g = io.StringIO()
print("a", "b", sep="-", file=g)
g.writelines(["x\n", "y\n"])
print(repr(g.getvalue()))
for bad in [lambda: g.write(5), lambda: io.StringIO(5), lambda: g.seek(-1), lambda: g.seek(1, 1), lambda: g.seek(0, 3), lambda: g.read("x"), lambda: io.StringIO(newline="x"), lambda: io.StringIO(newline=5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with io.StringIO("abc") as h:
    print(h.read())
print(h.closed)
try:
    h.getvalue()
except ValueError as e:
    print("ValueError", e)
u = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(u.getvalue()), u.readlines())
u = io.StringIO("a\r\nb\rc\n", newline="")
print(u.readlines())
u = io.StringIO(newline="\r\n")
u.write("1\n2\n")
print(repr(u.getvalue()))
print(io.SEEK_END, io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError), io.UnsupportedOperation)
f = io.StringIO("line1\nline2\n")
print(f.readline(3), f.readline(), f.read(), repr(f.read()))
import sys
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
x = sys.stdout.getvalue()
sys.stdout = old
print(repr(x))
sys.stdout = None
print("nothing")
sys.stdout = old
print("back")
f = io.StringIO()
f.close()
for op in [lambda: f.write("x"), lambda: f.read(), lambda: f.tell(), lambda: f.seek(0), lambda: f.readline(), lambda: iter(f), lambda: f.flush(), lambda: f.readable()]:
    try:
        op()
    except ValueError as e:
        print(e)
f.close()
print(f.closed)
g = io.StringIO("abc")
g.read()
print(repr(g.read()), g.tell())
g.seek(10)
print(repr(g.read()), g.tell(), repr(g.readline()))
print(g.truncate(), repr(g.getvalue()))
print(g.seek(0, 2), g.seek(0, 1))
import traceback, sys
s = io.StringIO()
try:
    1/0
except ZeroDivisionError:
    traceback.print_exc(file=s)
print(s.getvalue().splitlines()[-1])
old = sys.stderr
sys.stderr = io.StringIO()
try:
    {}[1]
except KeyError:
    traceback.print_exc()
err = sys.stderr.getvalue()
sys.stderr = old
print(err.splitlines()[-1])
print(io.StringIO.__mro__)
