"""Runs a program under CPython and prints, one per line, the co_qualname of every
Python-level code object entered ("call" profile events) that the program's file or its
exec()/eval() strings define, excluding <module>.

Usage: python3 trace_oracle.py PROGRAM.py  (the program's stdout goes to /dev/null)
The list is the contract metalab's trace is checked against: the qualnames of its
non-builtin "call" events, in order.
"""
import io
import os
import gc
import sys
import threading
import traceback
import types

STOPPED = "# the profile hook stopped here (it hit the recursion limit)"
# Stdlib modules whose own "<string>" code (namedtuples made for themselves, such as
# traceback's `_Anchors`) runs when a program calls them: not code the program defines.
OWN_STRING_CODE = (traceback.__file__,)


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    calls = []

    def profile(frame, event, arg):
        if event == "call" and frame.f_code.co_filename in (path, "<string>"):
            if frame.f_code.co_filename == "<string>" and frame.f_back is not None \
                    and frame.f_back.f_code.co_filename in OWN_STRING_CODE:
                return
            name = frame.f_code.co_qualname
            if name != "<module>":
                calls.append(name)

    real_stdout = sys.stdout
    sys.stdout = io.StringIO()
    stdin_path = path[:-3] + ".stdin"
    try:
        sys.stdin = open(stdin_path, encoding="utf-8")
    except OSError:
        sys.stdin = io.StringIO("")
    # The oracle itself uses a few frames (this module, main, the profile hook): give them back
    # so that a program hits RecursionError at the same depth as under plain python3.
    sys.setrecursionlimit(1004)
    sys.setprofile(profile)
    # Threads the program starts (it joins them, for a fixed order) are profiled too.
    threading.setprofile(profile)
    # The program runs as `__main__`, in a module of its own: dataclasses and typing look a
    # class's module up in sys.modules (string annotations naming `ClassVar`, `InitVar`).
    program = types.ModuleType("__main__")
    program.__builtins__ = __builtins__
    # The names python3's own `__main__` starts with.
    program.__annotations__ = {}
    program.__file__ = os.path.abspath(path)
    program.__cached__ = None
    sys.modules["__main__"] = program
    program_globals = program.__dict__
    # An uncaught error's traceback keeps the frames it passed through (and their locals)
    # until it dies, which in a real run is at exit, after the trace: so it dies untraced here.
    uncaught = None
    try:
        exec(code, program_globals)
    except BaseException as e:
        uncaught = e
    finally:
        # CPython drops a profile hook that raised: at the recursion limit the hook's own frame
        # does. The calls after that are unknown, so the contract checks only those before.
        stopped = sys.getprofile() is None
        sys.setprofile(None)
        threading.setprofile(None)
        # What the program's globals still hold dies here, untraced (metalab's trace also ends
        # before exit finalizers), with its output still captured.
        program_globals.clear()
        uncaught = None
        # Cycles the program left behind are finalized at interpreter exit; collect them now,
        # while the program's output is still captured, so that their prints stay out of the list.
        gc.collect()
        # The program's atexit functions (and weakref.finalize's) run at interpreter exit,
        # after the trace: run them now, untraced, with their output still captured.
        import atexit
        atexit._run_exitfuncs()
        sys.stdout = real_stdout
    for c in calls:
        print(c)
    if stopped:
        print(STOPPED)


main()
