# 中文：上下文管理器：with 语句先调用 __enter__，代码块结束（或出错）时一定调用 __exit__；@contextmanager 用一个生成器写出同样的协议
# English: context managers: the with statement calls __enter__, and __exit__ always runs when the block ends (or fails); @contextmanager writes the same protocol as a generator
from contextlib import contextmanager


class OpenFile:
    def __init__(self, name, mode):
        self.name = name
        self.mode = mode

    def __enter__(self):
        print("__enter__: open", self.name)
        self.file = open(self.name, self.mode)
        # 中文：__enter__ 的返回值绑定到 as 后面的名字
        # English: what __enter__ returns is bound to the name after `as`
        return self.file

    def __exit__(self, exc_type, exc_value, traceback):
        print("__exit__: close, exception:", exc_type)
        self.file.close()
        # 中文：返回 True 会吞掉异常；这里返回 False，异常继续向外传播
        # English: returning True would swallow the exception; False lets it propagate
        return False


with OpenFile("notes.txt", "w") as f:
    f.write("with calls __enter__ and __exit__\n")

try:
    with OpenFile("notes.txt", "r") as f:
        print(f.readline(), end="")
        1 / 0
except ZeroDivisionError as e:
    print("the exception still propagates:", e)


# 中文：yield 之前的代码就是 __enter__，yield 的值交给 as，finally 里的代码就是 __exit__
# English: the code before yield is __enter__, the yielded value goes to `as`, the finally block is __exit__
@contextmanager
def open_file(name, mode):
    print("before yield: open", name)
    file = open(name, mode)
    try:
        yield file
    finally:
        print("finally: close")
        file.close()


with open_file("notes.txt", "a") as f:
    f.write("@contextmanager turns a generator into one\n")

with open_file("notes.txt", "r") as f:
    print(f.read(), end="")
