def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"))
print(hello.__name__)
def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        r = func(*args)
        print("returned", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
calls = []
def register(f):
    calls.append(f.__name__)
    return f
@register
def one():
    return 1
@register
def two():
    return 2
print(calls, one(), two())
