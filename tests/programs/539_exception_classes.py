class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name
    def __str__(self):
        return f"{self.name} 不存在"
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        super().__init__(field, reason)
for exc in (NotFound("user"), Invalid("age", "negative"), AppError()):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
try:
    raise NotFound
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
