count = 0
def increment():
    global count
    count += 1
def read_only():
    return count * 10
increment()
increment()
print(count, read_only())
def make_global():
    global created
    created = "made inside function"
make_global()
print(created)
x = "global x"
def local_shadow():
    x = "local x"
    return x
print(local_shadow(), x)
def try_modify():
    try:
        y = x + "!"
        return y
    except NameError:
        return "error"
print(try_modify())
def unbound():
    print(total)
    total = 5
total = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
items = []
def add_item(v):
    items.append(v)
add_item(1)
add_item(2)
print(items)
