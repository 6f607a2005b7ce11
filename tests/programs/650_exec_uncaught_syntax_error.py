# A SyntaxError raised by exec() at run time is printed with the location inside the string.
def load(code):
    print("loading", repr(code))
    exec(code)

load("x = 1")
load("for i in range(3):\n    total = i +\n")
