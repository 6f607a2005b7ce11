"""Object-model benchmarks: each program runs under CPython 3.11 and under metalab (tracing
off and on) in the same run; prints best-of-N wall times and the ratios.

Usage: python3 benches/run.py [--repeat N] [--metalab target/release/metalab]
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def best(cmd, repeat):
    times = []
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - t)
        if r.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(cmd), r.stderr.decode()))
        out = r.stdout
    return min(times), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--metalab", default=os.path.join(HERE, "..", "target", "release", "metalab"))
    a = ap.parse_args()
    progs = sorted(p for p in os.listdir(os.path.join(HERE, "programs")) if p.endswith(".py"))
    print("%-22s %9s %9s %9s %8s %8s" % ("program", "cpython", "metalab", "traced", "ml/cpy", "tr/ml"))
    worst = 0.0
    for p in progs:
        path = os.path.join(HERE, "programs", p)
        py, py_out = best([sys.executable, path], a.repeat)
        ml, ml_out = best([a.metalab, "run", path], a.repeat)
        tr, _ = best([a.metalab, "trace", "--json", path], a.repeat)
        if py_out != ml_out:
            sys.exit("%s: metalab output differs from CPython" % p)
        worst = max(worst, ml / py)
        print("%-22s %8.3fs %8.3fs %8.3fs %7.2fx %7.2fx" % (p[:-3], py, ml, tr, ml / py, tr / ml))
    print("worst metalab/CPython ratio: %.2fx" % worst)


main()
