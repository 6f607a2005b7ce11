# 中文：引用计数：sys.getrefcount 数出对象被引用了几次（包括传给它的那个参数）；最后一个引用消失时 __del__ 立刻执行
# English: reference counting: sys.getrefcount counts an object's references (its own argument included); __del__ runs the moment the last one goes
import sys


class Dog:
    def __init__(self, name):
        self.name = name
        print("born:", name)

    def __del__(self):
        print("gone:", self.name)


dog = Dog("Wangcai")
print("references:", sys.getrefcount(dog))
pet = dog
print("after pet = dog:", sys.getrefcount(dog))
kennel = [dog]
print("in a list too:", sys.getrefcount(dog))
del dog
print("del dog: the object lives on, pet and the list still refer to it")
kennel.clear()
print("list cleared:", sys.getrefcount(pet))
# 中文：删掉最后一个引用，__del__ 马上执行，在下一行 print 之前
# English: deleting the last reference runs __del__ at once, before the next print
del pet
print("after del pet")


def walk():
    # 中文：函数里的局部对象在函数返回时被释放
    # English: a function's local object is freed when the function returns
    puppy = Dog("Xiaohei")
    print("walking", puppy.name)


walk()
print("walk returned")
# 中文：程序结束时，全局变量还引用着的对象也会被回收
# English: at exit, objects the globals still refer to are finalized too
last = Dog("Dahuang")
print("end of program")
