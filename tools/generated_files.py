"""generated_files: the step gen_constants.py and gen_jni.py share: compare each generated
file with what is on disk and, unless only checking, rewrite the ones that differ."""

import os


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
