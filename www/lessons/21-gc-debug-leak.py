# 中文：gc.set_debug(gc.DEBUG_LEAK)：每次回收都把找到的垃圾打印到 stderr（"gc: collectable <...>"），并且不释放它们，而是放进 gc.garbage
# English: gc.set_debug(gc.DEBUG_LEAK): each collection prints the garbage it found on stderr ("gc: collectable <...>") and, instead of freeing it, keeps it in gc.garbage
import gc


class ClassA:
    def __init__(self, name):
        self.name = name
        print("born:", name)

    def __del__(self):
        print("__del__:", self.name)


# 中文：DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL
# English: DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL
gc.set_debug(gc.DEBUG_LEAK)

c1 = ClassA("c1")
c2 = ClassA("c2")
c1.t = c2
c2.t = c1
del c1, c2
print("gc.garbage before:", gc.garbage)
# 中文：先在 stderr 上列出两个对象，再执行它们的 __del__；DEBUG_SAVEALL 让它们留在 gc.garbage 里
# English: the two objects are listed on stderr first, then their __del__ runs; DEBUG_SAVEALL keeps them in gc.garbage
print("gc.collect() found", gc.collect())
print("gc.garbage after:", [o.name for o in gc.garbage])

# 中文：一个函数也是对象：它的默认参数元组和 __dict__ 也一起成为垃圾
# English: a function is an object too: its defaults tuple and its __dict__ become garbage with it
def f(items=[]):
    return items


f.me = f
del f
print("gc.collect() found", gc.collect())
print([type(o).__name__ for o in gc.garbage])

# 中文：关掉调试，清空 gc.garbage；下一次回收才真正释放它们（__del__ 不会再执行第二次）
# English: debugging off and gc.garbage emptied: the next collection really frees them (no second __del__)
gc.set_debug(0)
gc.garbage.clear()
print("gc.collect() found", gc.collect())
