#!/usr/bin/env bash
# check-library.sh LIBRARY LIBC FLOOR TOOLS_PREFIX CPU: fails (exit 1, one line per problem on
# standard error) unless the built libpysocket.so
#   - needs no glibc symbol version newer than FLOOR (objdump -T; LIBC glibc), and none at all
#     when LIBC is musl (a glibc symbol there means it was linked against the wrong libc);
#   - has exactly one NEEDED entry: libc.so.6 (glibc) or libc.so (musl) - no libpthread,
#     librt, libdl, libgcc_s;
#   - exports exactly pysocket.h's psk_* functions and the JNI registration functions
#     (native/tests/check-exports.cmake, the C tests' own check);
#   - on aarch64, contains none of gcc's outline-atomics helpers (__aarch64_cas4_acq_rel and
#     friends) nor their constructor's init_have_lse_atomics (docs/platforms.md).
# Prints nothing when all holds. Called by build-all.sh for every library it builds or finds.
set -u
lib=$1 libc=$2 floor=$3 prefix=$4 cpu=$5
root=$(cd "$(dirname "$0")/../.." && pwd)
problems=0
fail() {
    echo "pysocket: $lib: $*" >&2
    problems=$((problems + 1))
}
tool() { # the target's binutils program, else the build machine's (readelf-like tools read any ELF)
    if command -v "$prefix$1" >/dev/null 2>&1; then echo "$prefix$1"; else echo "$1"; fi
}
objdump=$(tool objdump)
nm=$(tool nm)

[ -f "$lib" ] || { echo "pysocket: $lib: missing" >&2; exit 1; }

versions=$("$objdump" -T "$lib" | grep -o 'GLIBC_[0-9A-Z_.]*' | sed 's/^GLIBC_//' | sort -uV)
if [ "$libc" = glibc ]; then
    newest=$(printf '%s\n' "$versions" | grep -v PRIVATE | tail -n 1)
    if printf '%s\n' "$versions" | grep -q PRIVATE; then
        fail "needs GLIBC_PRIVATE symbols"
    fi
    if [ -n "$newest" ] && [ "$(printf '%s\n%s\n' "$floor" "$newest" | sort -V | tail -n 1)" != "$floor" ]; then
        fail "needs GLIBC_$newest, newer than the floor GLIBC_$floor:" \
             "$("$objdump" -T "$lib" | grep -F "GLIBC_$newest" | awk '{print $NF}' | tr '\n' ' ')"
    fi
    want=libc.so.6
else
    if [ -n "$versions" ]; then
        fail "a musl library with glibc symbol versions (GLIBC_$(printf '%s' "$versions" | tail -n 1))"
    fi
    want=libc.so
fi

needed=$(readelf -d "$lib" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
if [ "$needed" != "$want " ]; then
    fail "NEEDED is '$needed', want exactly $want"
fi

if ! out=$(cmake -DNM="$nm" -DLIBRARY="$lib" -DHEADER="$root/native/include/pysocket.h" \
        "-DEXTRA=Java_dev_pysocket_internal_posix_JniBinding_registerNatives;Java_dev_pysocket_internal_posix_JniArrays_registerNatives" \
        -P "$root/native/tests/check-exports.cmake" 2>&1); then
    fail "exports: $(printf '%s' "$out" | grep -v '^ *$' | tr '\n' ' ')"
fi

if [ "$cpu" = aarch64 ]; then
    symbols=$("$nm" "$lib" 2>&1)
    if ! printf '%s\n' "$symbols" | grep -q ' psk_init$'; then
        fail "no symbol table to look for outline atomics in (stripped?)"
    elif helpers=$(printf '%s\n' "$symbols" | grep -E '__aarch64_|init_have_lse_atomics'); then
        fail "outline atomics (build with -mno-outline-atomics): $(printf '%s' "$helpers" | awk '{print $NF}' | head -n 5 | tr '\n' ' ')"
    fi
fi

[ "$problems" -eq 0 ]
