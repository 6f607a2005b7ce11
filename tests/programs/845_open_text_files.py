# open() for text files, as a course's with-statement chapter uses it: write, read back, read(n),
# readline, iteration, append, r+ with seek, tell after non-ASCII text, print(file=f), the
# mode and file errors, and a file left unclosed flushed when it dies. (metalab keeps the
# files in memory for the run; tests/gen_expected.py removes the one CPython writes.)
with open("metalab_demo.txt", "w") as f:
    print(repr(f), f.name, f.mode, f.encoding, f.closed)
    print(f.write("第一行 first line\n"), f.tell())
    f.write("second line\n")
    print("third", "line", file=f)
print(f.closed)
with open("metalab_demo.txt") as f:
    print(f.read(3), f.tell())
    print(repr(f.readline()))
    for line in f:
        print(repr(line))
with open("metalab_demo.txt", "a") as f:
    f.write("appended\n")
with open("metalab_demo.txt", encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[-1])
with open("metalab_demo.txt", "w") as f:
    f.write("first line\nsecond line\n")
f = open("metalab_demo.txt", "r+")
print(f.read(5))
f.seek(0)
f.write("FIRST")
f.seek(0)
print(repr(f.readline()))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
for args in [("missing_metalab_file.txt",), ("metalab_demo.txt", "x"), ("metalab_demo.txt", "rw"), ("metalab_demo.txt", "q"), (3.5,), ("metalab_demo.txt", 1)]:
    try:
        open(*args)
    except Exception as e:
        print(type(e).__name__, e)
w = open("metalab_demo.txt", "w")
try:
    w.read()
except Exception as e:
    print(type(e).__name__, e)
w.write("unclosed but flushed when it dies")
del w
print(open("metalab_demo.txt").read())
r = open("metalab_demo.txt")
try:
    r.write("x")
except Exception as e:
    print(type(e).__name__, e)
r.close()
print(open)
