class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
class NotFound(AppError):
    pass
def risky(kind):
    if kind == "v":
        raise ValidationError("age", "must be positive")
    if kind == "n":
        raise NotFound("item 42")
    if kind == "k":
        raise KeyError("key")
    return "ok"
for kind in ["v", "n", "k", "x"]:
    try:
        print(risky(kind))
    except ValidationError as e:
        print("validation:", e.field, e.args)
    except AppError as e:
        print("app error:", type(e).__name__, e)
    except LookupError as e:
        print("lookup:", repr(e))
print(ValidationError.__mro__[1].__name__, issubclass(NotFound, Exception))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(issubclass(RecursionError, RuntimeError), issubclass(IndentationError, SyntaxError))
print(issubclass(UnboundLocalError, NameError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(NotImplementedError, RuntimeError))
try:
    raise NotFound("x")
except (ValueError, AppError) as e:
    print("tuple catch", type(e).__name__)
