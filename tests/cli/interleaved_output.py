# The CLI prints as the program writes: stdout and stderr in the order written (as
# `python3 -u`), a prompt before input() reads, then the traceback.
import sys

print("starting")
print("a warning", file=sys.stderr)
name = input("your name? ")
sys.stdout.write(f"hello {name}\n")
sys.stderr.write("second warning\n")
for line in range(2):
    print("line", line, repr(input()))
print("done", end="")
print(" for now")
try:
    input("one too many? ")
except EOFError as e:
    print("EOFError:", e)
raise SystemExit("bye: " + name)
