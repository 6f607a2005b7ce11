# gc's debug switches: the flags' values, and set_debug/get_debug with DEBUG_UNCOLLECTABLE
# (which reports nothing for Python objects). DEBUG_COLLECTABLE and DEBUG_SAVEALL are
# programs 839 and 840.
import gc

print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())


class A:
    def __del__(self):
        print("del A")


a = A()
a.me = a
del a
print("collected", gc.collect())
gc.set_debug(0)
print(gc.get_debug())
