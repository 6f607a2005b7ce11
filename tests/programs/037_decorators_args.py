def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return "ping" + str(x)
print(ping(1))
def prefix(p, sep=": "):
    def deco(func):
        def wrapper(msg):
            return p + sep + func(msg)
        return wrapper
    return deco
@prefix("INFO")
def log(msg):
    return msg
@prefix("WARN", sep=" -> ")
def warn(msg):
    return msg.upper()
print(log("started"))
print(warn("disk"))
def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def count_calls(func):
    def wrapper(*a):
        wrapper.calls += 1
        return func(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
