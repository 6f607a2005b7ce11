# An uncaught FrozenInstanceError: the traceback's last frame is the generated __setattr__,
# a function of "<string>" (its line 4 is the raise), as in CPython.
from dataclasses import dataclass

@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080

cfg = Config("localhost")
print(cfg, hash(cfg) == hash(("localhost", 8080)))
try:
    del cfg.port
except AttributeError as e:
    print(type(e).__name__, e)
cfg.port = 9090
print("not reached")
