#!/usr/bin/env python3
"""Print the identifier-like strings CPython 3.11 has interned when it starts a script.

Usage: python3 tests/startup_interned.py > src/runtime/startup_interned.txt

CPython's compiler rebuilds a frozenset constant once more when interning one of its strings
finds an older interned copy (`intern_string_constants`), which changes the slot order of
`{"name", "apple", "kiwi"}`; metalab needs to know which strings are interned before a
program's code objects are made: the program's identifiers, and these.

The startup is a plain one (`site` without any `.pth` file, which may import anything). A
first interpreter lists candidate strings from everything loaded; a fresh one keeps those for
which `sys.intern` of a new copy returns another object. Every answer comes from the running
CPython.
"""
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "the list must come from CPython 3.11"

# `site` without `.pth` files. The snippets name nothing CPython would not intern anyway:
# the parser interns the names it reads, and the code object its identifier-like constants,
# so even "site" is spelled out as bytes.
STARTUP = "m = __import__(bytes([115, 105, 116, 101]).decode())\nm.addpackage = lambda *a, **k: None\nm.main()\n"

GATHER = STARTUP + r'''
import gc, sys, types
_found = set()
_seen = set()
def _code(c):
    if id(c) in _seen:
        return
    _seen.add(id(c))
    _found.update(c.co_names + c.co_varnames + c.co_cellvars + c.co_freevars + (c.co_name, c.co_qualname))
    _consts(c.co_consts)
def _consts(ks):
    for k in ks:
        if isinstance(k, str):
            _found.add(k)
        elif isinstance(k, types.CodeType):
            _code(k)
        elif isinstance(k, (tuple, frozenset)):
            _consts(k)
for o in gc.get_objects():
    if isinstance(o, dict):
        for k, v in list(o.items()):
            _found.update(x for x in (k, v) if isinstance(x, str))
    elif isinstance(o, (tuple, list)):
        _found.update(x for x in o if isinstance(x, str))
    elif isinstance(o, types.FunctionType):
        _code(o.__code__)
    elif isinstance(o, type):
        _found.update(o.__dict__)
for _name, m in list(sys.modules.items()):
    _found.update(vars(m))
    for v in list(vars(m).values()):
        if isinstance(v, dict):
            _found.update(x for kv in v.items() for x in kv if isinstance(x, str))
        elif isinstance(v, (tuple, list, frozenset, set)):
            _consts(v)
    # A module's top-level code is gone once it ran, but what it interned stays interned.
    _loader = getattr(m, "__loader__", None)
    try:
        _c = _loader.get_code(_name)
    except Exception:
        _c = None
    if isinstance(_c, types.CodeType):
        _code(_c)
# The frozen modules' code is built in, its strings interned at startup, imported or not.
import _imp
for _name in _imp._frozen_module_names():
    _code(_imp.get_frozen_object(_name))
print("\n".join(sorted(_found)))
'''

# Only names CPython interns anyway may appear here (the parser interns a script's names).
CHECK = STARTUP + r'''
import sys
for _w in sys.stdin.read().split("\n"):
    _z = "".join(list(_w))
    if sys.intern(_z) is not _z:
        print(_w)
'''


def identifier_like(s):
    return len(s) >= 1 and s.isascii() and all(c.isalnum() or c == "_" for c in s)


found = subprocess.run([sys.executable, "-S", "-c", GATHER], capture_output=True, text=True, check=True).stdout
candidates = sorted({s for s in found.split("\n") if identifier_like(s)} - {"_w", "_z"})
kept = subprocess.run([sys.executable, "-S", "-c", CHECK], input="\n".join(candidates), capture_output=True,
                      text=True, check=True).stdout
sys.stdout.write(kept)
