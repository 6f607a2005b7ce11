# Too many positional arguments to threading's and abc's functions: CPython's message, 'was' for one.
import threading, abc
for f in (lambda: threading.current_thread(1), lambda: threading.active_count(1, 2), lambda: threading.Thread(1,2,3,4,5,6,daemon=True), lambda: abc.abstractmethod(1, 2), lambda: threading.enumerate(x=1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
