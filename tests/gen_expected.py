"""Regenerates the expected results of tests/programs/*.py and of the built-in lessons
www/lessons/*.py from CPython (python3 3.11).

For each NAME.py:
  NAME.expected      exact stdout of `python3 NAME.py` (stdin from NAME.stdin if present)
  NAME.expected_err  last stderr line when python3 exits non-zero (e.g. "TypeError: ...")
  NAME.expected_tb   the whole stderr then (the traceback), with the script's directory
                     removed from `File "..."` lines (Python 3.9+ prints the absolute path)
  NAME.expected_stderr  stderr of a program that exits normally but writes there (the
                     "Exception ignored in" report of a failing __del__), with the script's
                     directory removed and object addresses (` 0x7f…>`) written `0x…` (they vary per run)
  NAME.calls         Python-level code entered, in order (see trace_oracle.py)

and for each tests/cli/NAME.py (the `metalab` command itself, tests/cli.rs):
  NAME.expected_merged  stdout and stderr in one stream, as `python3 -u NAME.py 2>&1` writes
                     them (stdin from NAME.stdin), then "exit status N"

`python3 tests/gen_expected.py --check` fails if any committed file differs from what
CPython produces now, which proves the expectations came from CPython.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
LESSONS = os.path.join(os.path.dirname(HERE), "www", "lessons")
CLI = os.path.join(HERE, "cli")
ROOT = os.path.dirname(HERE)


def run(args, stdin_path, cwd):
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    before = set(os.listdir(cwd))
    try:
        return subprocess.run(args, stdin=stdin, capture_output=True, cwd=cwd, env=env, timeout=60)
    finally:
        # A program may write files (open()); metalab keeps them in memory, CPython on disk.
        for name in set(os.listdir(cwd)) - before:
            path = os.path.join(cwd, name)
            if os.path.isfile(path) and not name.endswith(".py"):
                os.remove(path)


def expected_files(directory, name):
    path = os.path.join(directory, name)
    base = path[:-3]
    r = run([sys.executable, name], base + ".stdin", directory)
    files = {base + ".expected": r.stdout.decode("utf-8")}
    if r.returncode != 0:
        lines = [l for l in r.stderr.decode("utf-8").splitlines() if l.strip()]
        files[base + ".expected_err"] = (lines[-1] if lines else "") + "\n"
        files[base + ".expected_tb"] = r.stderr.decode("utf-8").replace(directory + os.sep, "")
    elif r.stderr:
        stderr = r.stderr.decode("utf-8").replace(directory + os.sep, "")
        files[base + ".expected_stderr"] = re.sub(r" 0x[0-9a-f]+>", " 0x…>", stderr)
    calls = run([sys.executable, os.path.join(HERE, "trace_oracle.py"), name], base + ".stdin", directory)
    files[base + ".calls"] = calls.stdout.decode("utf-8")
    return base, files


def merged_files(name):
    base = os.path.join(CLI, name)[:-3]
    stdin = open(base + ".stdin", "rb") if os.path.exists(base + ".stdin") else subprocess.DEVNULL
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    r = subprocess.run([sys.executable, "-u", name], stdin=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, cwd=CLI, env=env, timeout=60)
    text = r.stdout.decode("utf-8").replace(CLI + os.sep, "")
    return base, {base + ".expected_merged": text + "exit status %d\n" % r.returncode}


def main():
    check = "--check" in sys.argv
    if sys.version_info[:2] != (3, 11):
        sys.exit("expectations must come from CPython 3.11, this is %s" % sys.version)
    names = [
        (directory, n)
        for directory in (PROGRAMS, LESSONS)
        for n in sorted(os.listdir(directory))
        if n.endswith(".py")
    ]
    bad = 0
    runs = [expected_files(directory, name) for directory, name in names]
    runs += [merged_files(n) for n in sorted(os.listdir(CLI)) if n.endswith(".py")]
    for base, files in runs:
        for err_path in (base + ".expected_err", base + ".expected_tb", base + ".expected_stderr"):
            if err_path not in files and os.path.exists(err_path):
                if check:
                    print("stale:", os.path.relpath(err_path, ROOT))
                    bad += 1
                else:
                    os.remove(err_path)
        for path, content in files.items():
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != content:
                if check:
                    print("differs from CPython:", os.path.relpath(path, ROOT))
                    bad += 1
                else:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(content)
    print("%d programs, %d differences" % (len(names), bad))
    sys.exit(1 if bad else 0)


main()
