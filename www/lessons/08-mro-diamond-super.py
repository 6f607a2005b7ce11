# 中文：菱形继承：super() 按 MRO 找"下一个"类，而不是找父类
# English: diamond inheritance: super() finds the *next* class in the MRO, not the parent


class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()


class B(A):
    def __init__(self):
        print("B.__init__ -> super()")
        super().__init__()


class C(A):
    def __init__(self):
        print("C.__init__ -> super()")
        super().__init__()


class D(B, C):
    def __init__(self):
        print("D.__init__ -> super()")
        super().__init__()


# 中文：C3 线性化得到的顺序，每个类只出现一次
# English: the C3 linearisation: every class appears exactly once
print([k.__name__ for k in D.__mro__])
d = D()
# 中文：B 里的 super() 指向 C（D 的 MRO 中 B 的下一个），不是 A
# English: inside B, super() means C (next after B in D's MRO), not A
print(super(B, d).__init__.__qualname__)
