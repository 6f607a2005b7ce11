# Equal string literals are one object in CPython 3.11: identifier-like ones everywhere (they are
# interned), others within one code object (module, function, lambda, class body). Strings
# built while the program runs are new objects.
s1 = "hello"
s2 = "hello"
print(s1 is s2, s1 == s2)
s3 = "hello world"
s4 = "hello world"
print(s3 is s4)


def f():
    return "hello"


def g():
    return "hello world"


print(f() is s1, g() is s3, g() is g())
s5 = "".join(["hel", "lo"])
print(s5 is s1, s5 == s1)


class C:
    name = "hello world"
    word = "hello"


print(C.name is s3, C.word is s1)
lam = lambda: "hello world"
print(lam() is s3, lam() is lam())
t = "hello" + " world"
print(t is s3, t == s3)
print(str(s1) is s1, s1[:] is s1, s3.upper().lower() is s3)
