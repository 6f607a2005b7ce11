for n in range(-2, 3):
    kind = "positive" if n > 0 else "zero" if n == 0 else "negative"
    print(n, kind)
x = 5
print("big" if x > 3 else "small", ("even" if x % 2 == 0 else "odd").upper())
vals = [1 if i % 2 else 0 for i in range(6)]
print(vals)
f = (lambda a: a * 2) if x else (lambda a: a)
print(f(10))
print([("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
def abs_val(v):
    return v if v >= 0 else -v
print(abs_val(-7), abs_val(3))
print(1 if [] else 2 if {} else 3 if () else 4)
