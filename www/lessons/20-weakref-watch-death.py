# 中文：弱引用：看得见对象，却不让它活着；对象死时先执行 __del__，再清空弱引用、调用回调
# English: weak references see an object without keeping it alive; when it dies, __del__ runs first, then the references are cleared and their callbacks run
import weakref


class Session:
    def __init__(self, user):
        self.user = user
        print("open session for", user)

    def __del__(self):
        print("__del__:", self.user)


def on_death(ref):
    # 中文：回调收到的是弱引用本身；对象已经不在了，所以 ref() 返回 None
    # English: the callback gets the weak reference itself; the object is gone, so ref() is None
    print("callback: ref() is", ref())


s = Session("xiaoming")
# 中文：弱引用不增加引用计数
# English: a weak reference does not add to the reference count
r = weakref.ref(s, on_death)
print("r() is s:", r() is s)
# 中文：finalize 在对象死亡时调用一个函数，只调用一次
# English: finalize calls a function when the object dies, once
f = weakref.finalize(s, print, "finalize: close the connection of", s.user)
print("alive:", f.alive)
# 中文：最后一个强引用没了：__del__，然后弱引用被清空，回调按“新的先”的顺序执行
# English: the last strong reference goes: __del__, then the references are cleared and called back, newest first
del s
print("after del: r() is", r(), "and alive is", f.alive)

# 中文：缓存只保存弱引用：没人用的对象可以被回收，缓存不会让它一直活着
# English: a cache that holds only weak references lets unused objects go
_cache = {}


def get_session(user):
    ref = _cache.get(user)
    obj = ref() if ref is not None else None
    if obj is None:
        obj = Session(user)
        _cache[user] = weakref.ref(obj)
    return obj


a = get_session("xiaohong")
b = get_session("xiaohong")
print("same object:", a is b)
del a, b
print("cached object after del:", _cache["xiaohong"]())
c = get_session("xiaohong")
print("a new one was made")
