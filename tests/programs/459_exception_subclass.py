class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, f"{what} 未找到")

try:
    raise NotFound("页面")
except AppError as e:
    print(type(e).__name__, e)
    print(e.args, e.code)
    print(repr(e))
print([k.__name__ for k in NotFound.__mro__])

class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(e.args, str(e) == "", e.x)
raise NotFound("用户")
