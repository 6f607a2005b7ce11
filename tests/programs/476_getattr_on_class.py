class Meta(type):
    def __getattr__(cls, name):
        print("Meta.__getattr__", name)
        return f"<{cls.__name__}.{name}>"

class Config(metaclass=Meta):
    known = 1
    def __getattr__(self, name):
        return f"inst-{name}"

print(Config.known)
print(Config.unknown)
c = Config()
print(c.unknown, c.known)
print(getattr(Config, "zzz"))

class Plain:
    pass
try:
    Plain.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Plain().missing
except AttributeError as e:
    print(type(e).__name__, e)
