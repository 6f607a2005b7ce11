# 中文：线程安全的单例：元类 __call__ 里用锁做“双重检查”
# English: a thread-safe singleton: a double-checked lock in the metaclass __call__
import threading


class SingletonType(type):
    _instance_lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        # 中文：第一次检查不加锁，已有实例时很快返回
        # English: the first check takes no lock, so later calls return fast
        if not hasattr(cls, "_instance"):
            with SingletonType._instance_lock:
                # 中文：拿到锁后再检查一次：别的线程可能刚刚创建了实例
                # English: check again under the lock: another thread may have just made it
                if not hasattr(cls, "_instance"):
                    print("creating the instance in", threading.current_thread().name)
                    cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Database(metaclass=SingletonType):
    def __init__(self, url):
        self.url = url


def task(n):
    db = Database("db-%d" % n)
    print(threading.current_thread().name, "got", db.url)


threads = [threading.Thread(target=task, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
    # 中文：join 等这个线程结束，输出的顺序因此是确定的
    # English: join waits for the thread to end, so the output has one fixed order
    t.join()
print(Database("main").url, SingletonType._instance_lock.locked())
