# 中文：在 __new__ 里缓存实例也能"单例"，但有两个坑
# English: caching the instance in __new__ also gives a "singleton", with two pitfalls


class Counter:
    _instance = None

    def __new__(cls):
        if Counter._instance is None:
            Counter._instance = super().__new__(cls)
        return Counter._instance

    def __init__(self):
        # 中文：坑一：__new__ 返回缓存对象后，__init__ 每次都会再运行
        # English: pitfall 1: __init__ runs again every time __new__ returns the cached object
        print("Counter.__init__ resets count")
        self.count = 0


a = Counter()
a.count += 5
print("a.count =", a.count)
b = Counter()
print(a is b, "a.count =", a.count)


class SubCounter(Counter):
    pass


# 中文：坑二：子类拿到的是父类已缓存的对象，类型根本不是子类
# English: pitfall 2: the subclass gets the parent's cached object, not a SubCounter
s = SubCounter()
print(type(s).__name__, s is a)
# 中文：返回的对象不是 SubCounter 实例，所以 type.__call__ 这次跳过了 __init__
# English: the object is not a SubCounter instance, so type.__call__ skips __init__ this time
print("s.count =", s.count)
