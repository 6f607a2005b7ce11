# gc.DEBUG_SAVEALL left on at exit: the exit's first collection still finalizes the cycles the
# program let go of (and keeps them in gc.garbage), but then the module's own cycle (its dict,
# which the class's methods refer to through __globals__) is kept too, so nothing the globals
# hold is finalized: no __del__ for `kept`, `plain` or the list's item.
import gc


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.set_debug(gc.DEBUG_SAVEALL)
kept = Tracked("kept")
kept.me = kept
plain = Tracked("plain")
items = [Tracked("in a list")]
dropped = Tracked("dropped cycle")
dropped.me = dropped
del dropped
gone = Tracked("freed by refcount")
del gone
print("end of program")
