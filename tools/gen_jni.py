#!/usr/bin/env python3
"""gen_jni.py: writes native/jni/psk_jni.c, the JNI binding of libpysocket, from the function
list of native/include/pysocket.h (every PSK_EXPORT prototype) checked against the static
natives of Libpysocket.java.

    python3 tools/gen_jni.py            rewrite native/jni/psk_jni.c if it changed
    python3 tools/gen_jni.py --check    write nothing; exit 1 when the file is stale
    python3 tools/gen_jni.py --outputs  print the generated file's path

--root DIR works on another copy of the repository (the tests use a temporary one).

The header is the one list: each exported function gets one wrapper that converts the JNI
arguments to the C types (jint to int or uint32_t, jlong to int64_t, a jlong address to the
pointer type) and calls the function; the JNINativeMethod table gives each wrapper the name and
the JNI signature of its Java declaration; JniBinding.registerNatives (an exported function
named by the JNI convention) registers the table on Libpysocket with RegisterNatives. The
Java declarations are not generated: they are read and must match what the header maps to,
argument for argument, so that a prototype changed on one side only fails here, not at run time.
Exit status 2 names the prototype or the declaration that does not fit.

The byte[] wrappers are written by hand (native/jni/psk_jni_arrays.c, registered on
JniArrays.java) and are not generated, but they are checked on every run, --check included:
each entry of their JNINativeMethod table must name a static native of JniArrays with the same
JNI signature, every such native must have an entry, and each entry's C wrapper must take the
JNI types its signature gives, in order. A mismatch exits 2, as for the header.
"""

import os
import re
import sys

import generated_files

HEADER = "native/include/pysocket.h"
JAVA = "java/src/main/java/dev/pysocket/internal/posix/Libpysocket.java"
OUTPUT = "native/jni/psk_jni.c"
COMMAND = "python3 tools/gen_jni.py"
JAVA_CLASS = "dev/pysocket/internal/posix/Libpysocket"
REGISTER = "Java_dev_pysocket_internal_posix_JniBinding_registerNatives"
ARRAYS_C = "native/jni/psk_jni_arrays.c"
ARRAYS_JAVA = "java/src/main/java/dev/pysocket/internal/posix/JniArrays.java"
ARRAYS_TABLE = "PSK_JNI_ARRAY_METHODS"
# The one native of JniArrays that is not in the table: JNI finds it by its exported name.
ARRAYS_REGISTER = ("registerNatives", "Java_dev_pysocket_internal_posix_JniArrays_registerNatives")

# C scalar type -> (JNI C type, JNI signature letter, Java type). Every pointer crosses as a
# jlong address ("J", long), as it does under JNA direct mapping (docs/native-boundary.md).
SCALARS = {
    "int": ("jint", "I", "int"),
    "int32_t": ("jint", "I", "int"),
    "uint32_t": ("jint", "I", "int"),
    "int64_t": ("jlong", "J", "long"),
}
POINTER = ("jlong", "J", "long")
RESERVED = ("env", "cls")


class ListError(Exception):
    pass


class Param:
    def __init__(self, ctype, name):
        self.ctype = ctype
        self.name = name

    @property
    def pointer(self):
        return "*" in self.ctype

    @property
    def jni(self):
        return POINTER if self.pointer else SCALARS[self.ctype]

    def argument(self):
        """argument: the expression that passes the JNI parameter on to C."""
        if self.pointer:
            return "(%s)(intptr_t)%s" % (self.ctype, self.name)
        if self.ctype in ("int", "int64_t"):
            return self.name
        return "(%s)%s" % (self.ctype, self.name)


class Function:
    def __init__(self, ret, name, params):
        self.ret = ret
        self.name = name
        self.params = params

    @property
    def signature(self):
        return "(%s)%s" % ("".join(p.jni[1] for p in self.params), SCALARS[self.ret][1])


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def parse_param(text, where):
    text = " ".join(text.split())
    m = re.fullmatch(r"(.*?[\s*])([A-Za-z_][A-Za-z0-9_]*)", text)
    if not m:
        raise ListError(where + "a parameter without a name: " + text)
    ctype = " ".join(m.group(1).replace("*", " * ").split()).replace(" *", "*").replace("*", " *")
    ctype = re.sub(r"\s+\*", " *", ctype).strip()
    name = m.group(2)
    if name in RESERVED:
        raise ListError(where + "parameter name %r is the wrapper's own; rename it in the header" % name)
    if "*" in ctype:
        if ctype.count("*") != 1:
            raise ListError(where + "only single pointers cross as addresses: " + text)
    elif ctype not in SCALARS:
        raise ListError(where + "no JNI mapping for type %r (known: %s, pointers)" % (ctype, ", ".join(SCALARS)))
    return Param(ctype, name)


def parse_header(text):
    """parse_header returns the PSK_EXPORT functions of pysocket.h, in order."""
    functions = []
    body = strip_comments(text)
    for m in re.finditer(r"PSK_EXPORT\s+([^;{]*?)\b(psk_[a-z0-9_]+)\s*\(([^)]*)\)\s*;", body):
        ret, name, params_text = " ".join(m.group(1).split()), m.group(2), m.group(3).strip()
        where = "%s: %s: " % (HEADER, name)
        if ret not in SCALARS or ret in ("int32_t", "uint32_t"):
            raise ListError(where + "no JNI mapping for the return type %r (want int or int64_t)" % ret)
        params = [] if params_text in ("", "void") else [parse_param(p, where) for p in params_text.split(",")]
        functions.append(Function(ret, name, params))
    declared = len(re.findall(r"^\s*PSK_EXPORT\s+[^#]", body, flags=re.M))
    if declared != len(functions):
        raise ListError("%s: %d PSK_EXPORT lines but %d prototypes parsed; a prototype this "
                        "generator cannot read" % (HEADER, declared, len(functions)))
    if not functions:
        raise ListError(HEADER + ": no PSK_EXPORT prototypes")
    return functions


def parse_java(text):
    """parse_java maps each static native of Libpysocket to (return type, [argument types])."""
    natives = {}
    body = strip_comments(text)
    for m in re.finditer(r"static\s+native\s+(\w+(?:\[\])?)\s+(\w+)\s*\(([^)]*)\)\s*;", body):
        ret, name, params_text = m.group(1), m.group(2), m.group(3).strip()
        types = [] if not params_text else [" ".join(p.split()).rsplit(" ", 1)[0] for p in params_text.split(",")]
        natives[name] = (ret, types)
    return natives


def check(functions, natives):
    """check: every header function has a Java declaration of the same types, and no more."""
    errors = []
    names = set()
    for f in functions:
        names.add(f.name)
        if f.name not in natives:
            errors.append("%s has no static native in %s" % (f.name, JAVA))
            continue
        ret, types = natives[f.name]
        want = (SCALARS[f.ret][2], [p.jni[2] for p in f.params])
        if any(t.endswith("[]") for t in types):
            errors.append("%s takes an array in %s: arrays need a hand-written JNI wrapper in %s, "
                          "declared in %s, not a generated one (docs/jni.md)" % (f.name, JAVA, ARRAYS_C, ARRAYS_JAVA))
        elif (ret, types) != want:
            errors.append("%s: %s declares %s(%s), the header maps to %s(%s)" % (
                f.name, JAVA, ret, ", ".join(types), want[0], ", ".join(want[1])))
    for name in sorted(set(natives) - names):
        errors.append("%s declares %s, which %s does not export" % (JAVA, name, HEADER))
    if errors:
        raise ListError("\n  ".join(["the header and the Java declarations differ:"] + errors))


# Java type -> JNI signature, and the JNI C type a wrapper receives it as.
JAVA_SIGNATURE = {"int": "I", "long": "J", "byte[]": "[B", "void": "V"}
C_OF_SIGNATURE = {"I": "jint", "J": "jlong", "[B": "jbyteArray"}


def java_signature(ret, types, where):
    try:
        return "(%s)%s" % ("".join(JAVA_SIGNATURE[t] for t in types), JAVA_SIGNATURE[ret])
    except KeyError as e:
        raise ListError("%s: no JNI signature for Java type %s (known: %s)" % (where, e, ", ".join(JAVA_SIGNATURE)))


def signature_letters(sig):
    """signature_letters splits "(I[BJ)I" into (["I", "[B", "J"], "I")."""
    m = re.fullmatch(r"\(((?:\[?[A-Z])*)\)(\[?[A-Z])", sig)
    if not m:
        raise ListError("%s: unreadable JNI signature %r" % (ARRAYS_C, sig))
    return re.findall(r"\[?[A-Z]", m.group(1)), m.group(2)


def check_arrays(c_text, java_text):
    """check_arrays: psk_jni_arrays.c's table, its wrappers and JniArrays' natives agree."""
    c_body = strip_comments(c_text)
    m = re.search(r"JNINativeMethod\s+%s\s*\[\s*\]\s*=\s*\{(.*?)\};" % ARRAYS_TABLE, c_body, flags=re.S)
    if not m:
        raise ListError("%s: no JNINativeMethod table named %s" % (ARRAYS_C, ARRAYS_TABLE))
    table = re.findall(r'\{\s*"([^"]*)"\s*,\s*"([^"]*)"\s*,\s*\(void\s*\*\)\s*(\w+)\s*\}', m.group(1))
    if len(table) != m.group(1).count("{"):
        raise ListError("%s: %s has an entry this checker cannot read" % (ARRAYS_C, ARRAYS_TABLE))
    wrappers = {}
    for w in re.finditer(r"static\s+(\w+)\s+JNICALL\s+(\w+)\s*\(([^)]*)\)\s*\{", c_body):
        params = [" ".join(p.split()) for p in w.group(3).split(",")]
        wrappers[w.group(2)] = (w.group(1), [re.sub(r"\s*\b\w+$", "", p).replace(" *", "*") for p in params])
    natives = parse_java(java_text)
    register, exported = ARRAYS_REGISTER
    errors = []
    if register not in natives:
        errors.append("%s has no static native %s" % (ARRAYS_JAVA, register))
    if not re.search(r"JNIEXPORT\s+jint\s+JNICALL\s+%s\s*\(" % exported, c_body):
        errors.append("%s does not define %s" % (ARRAYS_C, exported))
    listed = set()
    for name, sig, fn in table:
        listed.add(name)
        if name not in natives:
            errors.append("%s registers %s, which %s does not declare" % (ARRAYS_C, name, ARRAYS_JAVA))
            continue
        want = java_signature(*natives[name], where=ARRAYS_JAVA + ": " + name)
        if sig != want:
            errors.append("%s: %s registers %s as %s, %s declares %s" % (name, ARRAYS_C, name, sig, ARRAYS_JAVA, want))
            continue
        if fn not in wrappers:
            errors.append("%s: %s registers %s, which it does not define as a static JNICALL function"
                          % (name, ARRAYS_C, fn))
            continue
        args, ret = signature_letters(sig)
        want_c = (C_OF_SIGNATURE[ret], ["JNIEnv*", "jclass"] + [C_OF_SIGNATURE[a] for a in args])
        if wrappers[fn] != want_c:
            errors.append("%s: %s's %s takes %s(%s), its signature %s gives %s(%s)" % (
                name, ARRAYS_C, fn, wrappers[fn][0], ", ".join(wrappers[fn][1]), sig, want_c[0], ", ".join(want_c[1])))
    for name in sorted(set(natives) - listed - {register}):
        errors.append("%s declares %s, which %s's %s does not register" % (ARRAYS_JAVA, name, ARRAYS_C, ARRAYS_TABLE))
    if errors:
        raise ListError("\n  ".join(["the hand-written byte[] table and its Java declarations differ:"] + errors))


def wrapper(f):
    jret = SCALARS[f.ret][0]
    params = ", ".join(["JNIEnv *env", "jclass cls"] + ["%s %s" % (p.jni[0], p.name) for p in f.params])
    args = ", ".join(p.argument() for p in f.params)
    return ("static %s JNICALL w_%s(%s) {\n"
            "    (void)env;\n"
            "    (void)cls;\n"
            "    return psk_%s(%s);\n"
            "}\n") % (jret, f.name, params, f.name[len("psk_"):], args)


def generate(functions):
    out = []
    out.append("/* psk_jni.c: the JNI binding of libpysocket. Generated from %s\n"
               " * by %s; do not edit by hand (docs/native-boundary.md).\n"
               " *\n"
               " * One wrapper per exported function: it converts the JNI arguments (a jlong address\n"
               " * becomes the pointer) and calls the function; it makes no JNI call, keeps no JNIEnv\n"
               " * and never calls back into Java. The table registers the wrappers on the static\n"
               " * natives of %s. */\n" % (HEADER, COMMAND, JAVA_CLASS.replace("/", ".")))
    out.append("#include <jni.h>\n#include <stdint.h>\n\n#include \"pysocket.h\"\n")
    for f in functions:
        out.append(wrapper(f))
    out.append("static const JNINativeMethod PSK_JNI_METHODS[] = {")
    for f in functions:
        out.append('    {"%s", "%s", (void *)w_%s},' % (f.name, f.signature, f.name))
    out.append("};\n")
    out.append("/* JniBinding.registerNatives(Class<?> target): binds every wrapper to target's static\n"
               " * natives. Returns 0, or RegisterNatives' negative JNI error with its exception\n"
               " * (NoSuchMethodError naming the method) pending. */\n"
               "JNIEXPORT jint JNICALL %s(JNIEnv *env, jclass binding, jclass target);\n\n"
               "JNIEXPORT jint JNICALL %s(JNIEnv *env, jclass binding, jclass target) {\n"
               "    (void)binding;\n"
               "    return (*env)->RegisterNatives(env, target, PSK_JNI_METHODS,\n"
               "                                   (jint)(sizeof PSK_JNI_METHODS / sizeof PSK_JNI_METHODS[0]));\n"
               "}" % (REGISTER, REGISTER))
    return "\n".join(out) + "\n"


def outputs(root):
    with open(os.path.join(root, HEADER), encoding="utf-8") as f:
        functions = parse_header(f.read())
    with open(os.path.join(root, JAVA), encoding="utf-8") as f:
        natives = parse_java(f.read())
    check(functions, natives)
    with open(os.path.join(root, ARRAYS_C), encoding="utf-8") as f:
        arrays_c = f.read()
    with open(os.path.join(root, ARRAYS_JAVA), encoding="utf-8") as f:
        check_arrays(arrays_c, f.read())
    return {OUTPUT: generate(functions)}


def main(argv):
    return generated_files.main(
        argv, "gen_jni", "Generate libpysocket's JNI binding from " + HEADER + ".", outputs,
        lambda stale: "%s differs from what %s and %s make\nrun: %s" % (", ".join(stale), HEADER, JAVA, COMMAND),
        (ListError, OSError))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
