# 中文：循环引用：两个对象互相引用时，del 之后引用计数不会归零；gc.collect() 找出这种垃圾，先调用 __del__ 再释放
# English: reference cycles: two objects that refer to each other never reach a count of zero after del; gc.collect() finds such garbage, runs __del__, then frees it
import gc


class Person:
    def __init__(self, name):
        self.name = name
        print("born:", name)

    def __del__(self):
        print("gone:", self.name)


a = Person("Xiaoming")
b = Person("Xiaohong")
# 中文：互相引用，形成一个环
# English: each refers to the other: a cycle
a.friend = b
b.friend = a
# 中文：del 只删掉了变量名；环里的两个对象仍然互相引用，__del__ 不会执行
# English: del only removes the names; the two objects still refer to each other, so no __del__ runs
del a, b
print("after del a, b: nothing was freed")
# 中文：gc.collect() 返回找到的不可达对象个数
# English: gc.collect() returns how many unreachable objects it found
print("gc.collect() found", gc.collect())
print("after collect")

# 中文：一个对象引用自己，也是一个环
# English: an object that refers to itself is a cycle too
c = Person("Xiaogang")
c.me = c
del c
print("gc.collect() found", gc.collect())
print(gc.isenabled(), gc.get_threshold())
