x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def builtin_shadow():
    len = lambda s: "shadowed"
    return len("abc")
print(builtin_shadow(), len("abc"))
def params_are_local(x):
    x = x + "!"
    return x
print(params_are_local("arg"), x)
def list_mutation(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst
data = ["orig"]
print(list_mutation(data), data)
def class_scope():
    y = 5
    class C:
        y = 10
        z = y * 2
        def get(self):
            return y
    return C.z, C().get()
print(class_scope())
for loop_var in range(3):
    pass
print(loop_var)
def comp_scope():
    n = 100
    return [n + i for i in range(2)]
print(comp_scope())
def f():
    return g()
def g():
    return "g defined after f"
print(f())
