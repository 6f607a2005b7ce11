"""The names CPython's __main__ module starts with (no import system here: no __loader__)."""
print(__name__, __doc__)
print(__file__.rsplit('/', 1)[-1], __package__, __spec__, __cached__)
print([k for k in globals() if k != '__loader__'])
print(sorted(k for k in dir() if k != '__loader__'))
import sys
main = sys.modules['__main__']
print(main.__file__ == __file__, main.__name__)
def f():
    return f.__globals__['__file__'] is __file__
print(f())
