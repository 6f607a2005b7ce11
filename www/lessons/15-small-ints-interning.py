# 中文：小整数池与字符串驻留：== 比较两个值是否相等，is 比较它们是不是同一个对象
# English: the small-int cache and string interning: == asks whether two values are equal, `is` whether they are one object
import sys


# 中文：== 会调用 __eq__，is 什么方法都不调用：它只看两边是不是同一个对象
# English: == calls __eq__; `is` calls nothing: it only checks whether both sides are one object
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


p = Point(1, 2)
q = Point(1, 2)
print("points:", p == q, p is q, p is p)

# 中文：-5 到 256 的整数是 CPython 事先建好、全程共用的：不管怎么算出来，都是同一个对象
# English: the ints from -5 to 256 are made once and shared: however one is computed, it is the same object
a = 256
b = 255 + int("1")
print("256:", a == b, a is b)
# 中文：小整数池之外，每次计算都得到一个新对象：值相等，却不是同一个对象
# English: outside the cache every computation makes a new object: equal values, two objects
c = 257
d = 256 + int("1")
print("257:", c == d, c is d)
# 中文：同一个模块里相等的常量会合并成一个对象，所以脚本里 e is f 为 True；在交互式解释器里一行一行地输入时，每行单独编译，结果是 False
# English: equal constants in one module are merged into one object, so e is f holds in a script; typed line by line into the interactive interpreter, each line is compiled alone and it is False
e = 1000
f = 1000
print("1000:", e is f)
# 中文：999 + 1 在编译时就算好了（常量折叠），也和常量 1000 合并
# English: 999 + 1 is computed when the module is compiled (constant folding), and merged with the constant 1000 too
g = 999 + 1
print("999 + 1:", g is e)
# 中文：浮点数没有缓存池：float() 每次都创建新对象
# English: floats have no cache: float() makes a new object every time
x = float("1.5")
y = float("1.5")
print("1.5:", x == y, x is y)

# 中文：运行时拼出来的字符串是新对象；sys.intern 返回驻留的那一份，只由字母、数字和下划线组成的常量在编译时就驻留了
# English: a string built while the program runs is a new object; sys.intern returns the interned copy, and constants made only of letters, digits and _ were interned at compile time
s1 = "hello"
s2 = "".join(["hel", "lo"])
print("hello:", s1 == s2, s1 is s2, sys.intern(s2) is s1)
# 中文：含空格的字符串不会自动驻留，第一次 sys.intern 时它自己成为驻留的那一份
# English: a string with a space is not interned automatically; the first sys.intern makes it the interned copy
t1 = " ".join(["hello", "world"])
t2 = " ".join(["hello", "world"])
print("hello world:", t1 is t2, sys.intern(t1) is t1, sys.intern(t2) is t1)
# 中文：is 应该只用来判断 None、True、False 这类单例；比较值请用 ==
# English: keep `is` for singletons such as None, True and False; compare values with ==
print(c == d and c is not d)
