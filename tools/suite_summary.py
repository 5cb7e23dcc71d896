#!/usr/bin/env python3
"""suite_summary.py FILE...: prints one line per FILE, the sum of the lines SuiteSummary wrote to
FILE.fork1, FILE.fork2, ... (one per surefire fork JVM; java/src/test/.../support/SuiteSummary).

A line reads "Java suite (PASS): N tests: P passed, F failed, A aborted, S skipped"; the counts
are added, the pass name is the first fork's. The fork files are deleted once read, so the next
build cannot count them again (a build that fails before this step leaves them; surefire's
reports stay the record). A FILE without any fork file is an error (its tests did not run, or
did not finish)."""
import os
import glob
import re
import sys

LINE = re.compile(r"Java suite \((.*)\): ([\d,]+) tests: ([\d,]+) passed, ([\d,]+) failed, "
                  r"([\d,]+) aborted, ([\d,]+) skipped")


def summary(base):
    forks = sorted(glob.glob(glob.escape(base) + ".fork*"))
    if not forks:
        raise SystemExit(f"suite_summary: no {base}.fork* (did the tests run?)")
    name, totals = None, [0] * 5
    for path in forks:
        with open(path, encoding="utf-8") as f:
            m = LINE.fullmatch(f.read().strip())
        if not m:
            raise SystemExit(f"suite_summary: {path}: not a summary line")
        name = name or m.group(1)
        totals = [t + int(v.replace(",", "")) for t, v in zip(totals, m.groups()[1:])]
    for path in forks:
        os.remove(path)
    return ("Java suite ({}): {:,} tests: {:,} passed, {:,} failed, {:,} aborted, {:,} skipped"
            .format(name, *totals))


if __name__ == "__main__":
    for base in sys.argv[1:]:
        print(summary(base))
