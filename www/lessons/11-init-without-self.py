# 中文：常见错误：__init__ 忘了写 self
# English: a common mistake: __init__ written without self


class Foo:
    def __init__():
        print("never printed")


print("defining Foo worked; the error only appears when Foo() is called")
# 中文：type.__call__ 会调用 Foo.__init__(obj)，多传了一个参数，于是抛出 TypeError
# English: type.__call__ calls Foo.__init__(obj), one argument too many, so a TypeError is raised
f = Foo()
print("never reached")
