#!/usr/bin/env python3
"""check_manifest.py JAR [LINE | --entry NAME | --no-entry NAME]...: exit 1 unless each LINE is a
line of JAR's META-INF/MANIFEST.MF, each --entry NAME is in JAR and each --no-entry NAME is not.

The build runs it at verify on the executable jars it ships: pysocket-VERSION.jar and
pysocket-VERSION-all.jar (java/pom.xml: Main-Class, Class-Path, a module-info only in the first,
JNA inside the second) and benchmarks.jar (benchmarks/pom.xml), so an attribute they need, such
as JEP 472's "Enable-Native-Access: ALL-UNNAMED", cannot go missing.
"""
import sys
import zipfile


def main(argv):
    if len(argv) < 3:
        print("usage: check_manifest.py JAR [LINE | --entry NAME | --no-entry NAME]...", file=sys.stderr)
        return 2
    jar = argv[1]
    lines, present, absent = [], [], []
    args = iter(argv[2:])
    for arg in args:
        if arg in ("--entry", "--no-entry"):
            name = next(args, None)
            if name is None:
                print(f"check_manifest.py: {arg} needs a NAME", file=sys.stderr)
                return 2
            (present if arg == "--entry" else absent).append(name)
        else:
            lines.append(arg)
    with zipfile.ZipFile(jar) as z:
        names = set(z.namelist())
        manifest = z.read("META-INF/MANIFEST.MF").decode("utf-8").splitlines()
    problems = [f"no manifest line '{want}'" for want in lines if want not in manifest]
    problems += [f"no entry {name}" for name in present if name not in names]
    problems += [f"an entry {name}, which it must not have" for name in absent if name in names]
    for p in problems:
        print(f"{jar}: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
