# An uncaught exception group prints in CPython's box: the "+ Exception Group Traceback" header,
# numbered members behind "| " margins, the closing line, chained causes and contexts inside
# the box, notes of several lines, more than 15 members ("and 2 more exceptions") and more
# than 10 levels ("... (max_group_depth is 10)"), recursion's repeated lines.


def leaf(i):
    raise ValueError(f"leaf {i}")


def collect():
    excs = []
    for i in range(2):
        try:
            leaf(i)
        except ValueError as e:
            excs.append(e)
    e = ExceptionGroup("collected", excs)
    e.add_note("a note\nof two lines")
    raise e


def rec(n):
    if n == 0:
        raise ExceptionGroup("deep call", [KeyError("k")])
    rec(n - 1)


def handled():
    try:
        collect()
    except* ValueError as eg:
        raise RuntimeError("handled badly") from eg


def parts():
    out = []
    for f in (handled, lambda: rec(6)):
        try:
            f()
        except BaseException as e:
            out.append(e)
    wide = ExceptionGroup("wide", [OSError(i) for i in range(17)])
    deep = ValueError("bottom")
    for i in range(11):
        deep = ExceptionGroup(f"level {i}", [deep])
    try:
        raise TypeError("multi\nline message")
    except TypeError as e:
        out.append(e)
    return out + [wide, deep]


try:
    raise ExceptionGroup("all", parts())
except* OSError:
    raise
