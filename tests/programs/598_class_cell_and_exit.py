# __class__ inside a method (and a lambda in a class body) is the class being defined;
# exit()/quit() raise SystemExit as sys.exit does.
class A:
    def who(self):
        return __class__
    def name(self):
        return __class__.__name__, type(self).__name__
class B(A):
    pass
print(A().who(), B().who(), B().name())
def plain():
    try:
        return __class__
    except NameError as e:
        return str(e)
print(plain())
class C:
    try:
        __class__
    except NameError as e:
        print("body:", e)
    f = lambda self: __class__
print(C().f())
try:
    exit(3)
except SystemExit as e:
    print("exit code", e.code)
print("bye")
quit()
print("never")
