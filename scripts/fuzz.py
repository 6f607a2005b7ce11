#!/usr/bin/env python3
"""Mutation fuzzing of the metalab CLI with the test programs as seeds.

Each case is a test program with a few random edits (lines deleted, duplicated, spliced from
another program, re-indented; tokens inserted or characters dropped). The default mode flags
what must never happen whatever the input: a panic, an exit status other than 0/1, or a hang.
`--diff` also runs each case under python3 and flags cases whose stdout or final error line
differ (object addresses masked), for a person to triage: a mismatch may be a metalab bug or
a case outside the modelled subset.

    scripts/fuzz.py [--seed N] [--cases N] [--diff] [--out DIR]

Needs `cargo build --release` first. Kept cases go to DIR (default target/fuzz).
"""
import argparse
import glob
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METALAB = os.path.join(ROOT, "target", "release", "metalab")
TOKENS = ['(', ')', ':', ',', '*', '**', 'self', 'None', '0', '"', "'", 'lambda', '[', ']', '{',
          '}', '.', '=', ' ', 'yield', 'await', 'del ', 'super()', '__class__', 'return',
          'global x', 'nonlocal x', '\\', '#', '\t', 'if', 'else', 'async ', '@', '->', ':=',
          '...', '-1', '1e400', '10**100', 'f"{', '}"']
ADDRESS = re.compile(r"0x[0-9a-f]+")


def mutate(rng, src, seeds):
    lines = src.split('\n')
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        k, i = rng.random(), rng.randrange(len(lines))
        line = lines[i]
        if k < 0.2:
            del lines[i]
        elif k < 0.35:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif k < 0.5 and line:
            j = rng.randrange(len(line))
            lines[i] = line[:j] + line[j + 1:]
        elif k < 0.65:
            j = rng.randrange(len(line) + 1)
            lines[i] = line[:j] + rng.choice(TOKENS) + line[j:]
        elif k < 0.8:
            other = rng.choice(seeds).split('\n')
            a = rng.randrange(len(other))
            lines[i:i] = other[a:a + rng.randint(1, 8)]
        else:
            lines[i] = '    ' + line if rng.random() < 0.5 else line.lstrip()
    return '\n'.join(lines)


def run(cmd, path):
    """(exit status, stdout, stderr), or None on a timeout."""
    try:
        env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
        r = subprocess.run(cmd + [path], capture_output=True, timeout=20, stdin=subprocess.DEVNULL,
                           cwd=os.path.dirname(path), env=env)
    except subprocess.TimeoutExpired:
        return None
    return r.returncode, r.stdout.decode('utf-8', 'replace'), r.stderr.decode('utf-8', 'replace')


def last_line(err):
    lines = [l for l in err.splitlines() if l.strip()]
    return lines[-1] if lines else ''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--cases', type=int, default=300)
    ap.add_argument('--diff', action='store_true')
    ap.add_argument('--out', default=os.path.join(ROOT, 'target', 'fuzz'))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    seeds = [open(p, encoding='utf-8').read()
             for p in sorted(glob.glob(os.path.join(ROOT, 'tests', 'programs', '*.py')))]
    case = os.path.join(a.out, 'case.py')
    bad = 0
    for n in range(a.cases):
        src = mutate(rng, rng.choice(seeds), seeds)
        with open(case, 'w', encoding='utf-8') as f:
            f.write(src)
        got = run([METALAB, 'run', '--max-steps', '2000000'], case)
        verdict = None
        if got is None:
            verdict = 'hang'
        elif got[0] not in (0, 1) or 'panicked' in got[2] or 'RUST_BACKTRACE' in got[2]:
            verdict = 'crash'
        elif a.diff and 'StepLimit' not in got[2] and 'step limit' not in got[2]:
            want = run([sys.executable], case)
            if want is not None and (ADDRESS.sub('0x', want[1]) != ADDRESS.sub('0x', got[1]) or
                                     ADDRESS.sub('0x', last_line(want[2])) != ADDRESS.sub('0x', last_line(got[2]))):
                verdict = 'diff'
        if verdict:
            bad += 1
            keep = os.path.join(a.out, f'{verdict}_{a.seed}_{n}.py')
            with open(keep, 'w', encoding='utf-8') as f:
                f.write(src)
            detail = '' if got is None else last_line(got[2])[-200:]
            print(verdict.upper(), keep, detail, flush=True)
    print(f'{a.cases} cases, {bad} flagged')
    return 1 if bad and not a.diff else 0


if __name__ == '__main__':
    sys.exit(main())
