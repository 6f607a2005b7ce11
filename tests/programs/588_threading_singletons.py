# The course's thread-safe singletons: a class-level Lock taken with `with`, double-checked,
# in __new__, in a classmethod and in a metaclass __call__; threads joined one by one so the
# order is fixed.
import threading
import time


class Singleton(object):
    _instance_lock = threading.Lock()

    def __init__(self):
        time.sleep(1)

    @classmethod
    def instance(cls, *args, **kwargs):
        if not hasattr(Singleton, "_instance"):
            with Singleton._instance_lock:
                if not hasattr(Singleton, "_instance"):
                    Singleton._instance = Singleton(*args, **kwargs)
        return Singleton._instance


first = Singleton.instance()
results = []


def task(arg):
    obj = Singleton.instance()
    results.append(obj is first)
    print("task", arg, threading.current_thread().name, obj is first)


for i in range(3):
    t = threading.Thread(target=task, args=[i])
    t.start()
    t.join()
print(results, Singleton._instance_lock.locked())


class NewSingleton(object):
    _lock = threading.Lock()

    def __new__(cls, *args, **kwargs):
        if not hasattr(NewSingleton, "_instance"):
            with NewSingleton._lock:
                if not hasattr(NewSingleton, "_instance"):
                    NewSingleton._instance = object.__new__(cls)
        return NewSingleton._instance

    def __init__(self, name):
        print("__init__ again:", name)
        self.name = name


a = NewSingleton("a")
b = NewSingleton("b")
print(a is b, a.name, b.name)


class SingletonType(type):
    _instance_lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        if not hasattr(cls, "_instance"):
            with SingletonType._instance_lock:
                if not hasattr(cls, "_instance"):
                    cls._instance = super(SingletonType, cls).__call__(*args, **kwargs)
        return cls._instance


class Foo(metaclass=SingletonType):
    def __init__(self, name):
        self.name = name


x = Foo("x")
threads = [threading.Thread(target=lambda n: print(Foo(n) is x, Foo(n).name), args=(str(i),)) for i in range(2)]
for t in threads:
    print(t.name, t.is_alive(), t.daemon, t.ident is None)
    t.start()
    t.join()
    print(t.name, t.is_alive(), t.ident is None)


# A Thread subclass overriding run; its __init__ must call Thread.__init__.
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n

    def run(self):
        me = threading.current_thread()
        print("run", self.n, me is self, me.name, threading.active_count())


w = Worker(7)
w.start()
w.join()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())


class Broken(threading.Thread):
    def __init__(self):
        pass


for action in (lambda: Broken().start(), lambda: w.start(), lambda: threading.Thread().join()):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)

# A lock is released when the `with` body raises; an RLock can be taken again by its owner.
lock = threading.Lock()
try:
    with lock:
        print("inside", lock.locked())
        raise ValueError("boom")
except ValueError as e:
    print(e, lock.locked())
print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.5))
lock.release()
for bad in (lock.release, lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-5)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
r = threading.RLock()
with r:
    with r:
        print("reentrant", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print(e)
start = time.time()
time.sleep(0.25)
print(time.time() - start >= 0.25)
for bad in (-1, "1"):
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
