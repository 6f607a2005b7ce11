def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def acc():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
a = acc()
a(1)
print(a(2))
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def bank(balance):
    def deposit(amt):
        nonlocal balance
        balance += amt
        return balance
    def get():
        return balance
    return deposit, get
dep, get = bank(100)
dep(50)
print(get())
