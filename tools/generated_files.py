"""generated_files: what gen_constants.py and gen_jni.py share: their command line (--check,
--outputs, --root) and its one step, compare each generated file with what is on disk and,
unless only checking, rewrite the ones that differ."""

import argparse
import os
import sys


def sync(root, files, check):
    """sync: files maps a path under root to its generated text; returns the sorted paths whose
    file differs (or is missing). Without check it rewrites them and says so on stdout."""
    stale = []
    for path in sorted(files):
        full = os.path.join(root, path)
        try:
            with open(full, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current == files[path]:
            continue
        stale.append(path)
        if not check:
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(files[path])
            print("wrote " + path)
    return stale


def main(argv, name, description, make, stale_message, errors):
    """main: a generator's command line. make(root) returns {path: text} or raises one of errors
    (printed as "<name>: <error>", exit 2); --outputs prints the paths; --check writes nothing
    and exits 1 with stale_message(stale) when a file differs; else the stale files are
    rewritten."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a generated file is stale")
    parser.add_argument("--outputs", action="store_true", help="print the generated files' paths and exit")
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        help="the repository root (default: this script's)")
    args = parser.parse_args(argv)
    try:
        files = make(args.root)
    except errors as e:
        print("%s: %s" % (name, e), file=sys.stderr)
        return 2
    if args.outputs:
        print("\n".join(sorted(files)))
        return 0
    stale = sync(args.root, files, args.check)
    if args.check and stale:
        print("%s: %s" % (name, stale_message(stale)), file=sys.stderr)
        return 1
    return 0
