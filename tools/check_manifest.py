#!/usr/bin/env python3
"""check_manifest.py JAR LINE...: exit 1 unless each LINE is a line of JAR's META-INF/MANIFEST.MF.

The build runs it on the executable jars it ships (benchmarks/pom.xml, phase verify), so an
attribute they need, such as JEP 472's "Enable-Native-Access: ALL-UNNAMED", cannot go missing.
"""
import sys
import zipfile


def main(argv):
    if len(argv) < 3:
        print("usage: check_manifest.py JAR LINE...", file=sys.stderr)
        return 2
    jar = argv[1]
    with zipfile.ZipFile(jar) as z:
        lines = z.read("META-INF/MANIFEST.MF").decode("utf-8").splitlines()
    missing = [want for want in argv[2:] if want not in lines]
    for want in missing:
        print(f"{jar}: no manifest line '{want}'", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
