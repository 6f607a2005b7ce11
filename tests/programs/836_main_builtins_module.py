# __builtins__: in the program's module it is the builtins module; a namespace exec() fills
# gets the module's dict, and so does a function's __builtins__.
import builtins
print(__builtins__ is builtins, type(__builtins__).__name__, __builtins__.__name__)
print(__builtins__.len is len, "print" in dir(__builtins__))
g = {}
exec("x = 1", g)
print(g["__builtins__"] is builtins.__dict__, sorted(g))
def f():
    pass
print(f.__builtins__ is builtins.__dict__, f.__globals__["__builtins__"] is builtins)
import __main__
print(__main__.__builtins__ is builtins)
__builtins__.answer = 42
print(answer)
del builtins.answer
try:
    answer
except NameError as e:
    print(e)
