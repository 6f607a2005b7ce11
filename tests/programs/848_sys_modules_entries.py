# `import` looks in sys.modules first and binds whatever is there: a module replaced by an
# instance (a singleton idiom), None (the import is halted), any object (`from` reads its
# attributes; it is not a package).
import sys


class Config:
    def __init__(self):
        print("Config built once")
        self.debug = False


sys.modules["config"] = Config()
import config
import config as again

print(config is again, type(config).__name__, config.debug)
from config import debug

print(debug)

sys.modules["answer"] = 42
import answer
from answer import real

print(answer, real, __import__("answer"))
try:
    from answer import *
except ImportError as e:
    print("ImportError:", e)
try:
    import answer.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

sys.modules["text"] = "str"
try:
    from text import nope
except ImportError as e:
    print("ImportError:", e)


class Namespace:
    pass


ns = Namespace()
ns.visible = 1
ns._hidden = 2
sys.modules["ns"] = ns
from ns import *

print(visible, "_hidden" in dir())

sys.modules["blocked"] = None
for attempt in ["import blocked", "from blocked import x"]:
    try:
        exec(attempt)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)

module = type(sys)("made")
module.value = 3
sys.modules["made"] = module
import made
from made import value

print(made, value, made is module)

import math

sys.modules["math"] = "not math"
import math

print(math)

# The import machinery names the module in `e.name`.
for attempt in ["import nosuch", "import collections.nosuch", "import nosuch.sub", "import answer.sub"]:
    try:
        exec(attempt)
    except ModuleNotFoundError as e:
        print(repr(e.name), repr(e.msg), e.path)
try:
    from collections import nosuch
except ImportError as e:
    print(type(e).__name__, repr(e.name))
try:
    from text import nope
except ImportError as e:
    print(type(e).__name__, repr(e.name))
