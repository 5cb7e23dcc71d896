#!/usr/bin/env bash
# build-all.sh CLASSES BUILD_ROOT JAVA_HOME HOST_DIR: builds libpysocket.so for every Linux
# target of targets.sh into CLASSES/<dir>/ (so the jar carries them all) and checks each
# (check-library.sh). Maven runs it in generate-resources, after it has built the build
# machine's own library into CLASSES/HOST_DIR: that one is only checked here.
#
# A target whose compiler is not installed is skipped with one line saying so, so that the
# README's build works on a machine with gcc only; with PSK_REQUIRE_ALL_TARGETS=1 (or Maven's
# -Dpysocket.native.requireAll=true) a missing compiler is an error instead (.ci/run installs all).
# Each build's output goes to BUILD_ROOT/<dir>/build.log through run-logged.sh, so a
# successful run prints nothing else. Two targets build at a time (this is a 2-core machine;
# each target's compile is small and mostly process start-up).
set -u
if [ $# -ne 4 ]; then
    echo "usage: $0 CLASSES BUILD_ROOT JAVA_HOME HOST_DIR" >&2
    exit 2
fi
classes=$1 build_root=$2 java_home=$3 host_dir=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
require_all=${PSK_REQUIRE_ALL_TARGETS:-0}
. "$here/targets.sh"

mkdir -p "$build_root" || exit 1
status_dir=$build_root/status
rm -rf "$status_dir" && mkdir -p "$status_dir" || exit 1

# build_one DIR CPU LIBC FLOOR CC TOOLS: configure, build and check one target; its exit
# status goes to status/<dir>.
build_one() {
    local dir=$1 cpu=$2 libc=$3 floor=$4 tools=$6
    local tree=$build_root/$dir log=$build_root/$dir
    {
        sh "$root/tools/run-logged.sh" "$log/configure.log" \
            cmake -S "$root" -B "$tree/cmake" \
                  --toolchain "$root/cmake/toolchains/$dir.cmake" \
                  -DCMAKE_BUILD_TYPE=Release \
                  -DPSK_LIBRARY_OUTPUT_DIR="$classes/$dir" \
                  -DPSK_JAVA_HOME="$java_home" &&
        sh "$root/tools/run-logged.sh" "$log/build.log" \
            cmake --build "$tree/cmake" --parallel 1 &&
        "$here/check-library.sh" "$classes/$dir/libpysocket.so" "$libc" "$floor" "$tools" "$cpu"
    }
    echo $? > "$status_dir/$dir"
}

failed=0
started=()
while read -r dir cpu libc floor cc tools qemu sysroot needs; do
    case $dir in ''|'#'*) continue ;; esac
    if [ "$dir" = "$host_dir" ]; then
        # Maven's native-build made it with the build machine's compiler: check it alike.
        if ! "$here/check-library.sh" "$classes/$dir/libpysocket.so" "$libc" "$floor" "$tools" "$cpu"; then
            failed=1
        fi
        continue
    fi
    missing=$(psk_missing_tool "$cc" "$needs")
    if [ -n "$missing" ]; then
        if [ "$require_all" = 1 ]; then
            echo "pysocket: $dir: cannot build, $missing is not installed (all targets required)" >&2
            failed=1
        else
            echo "pysocket: $dir skipped: $missing is not installed (the jar will not carry $dir/libpysocket.so)"
        fi
        continue
    fi
    # At most two builds at once.
    while [ "$(jobs -rp | wc -l)" -ge 2 ]; do
        wait -n
    done
    build_one "$dir" "$cpu" "$libc" "$floor" "$cc" "$tools" &
    started+=("$dir")
done < <(psk_targets)
wait

for dir in ${started[@]+"${started[@]}"}; do
    if [ "$(cat "$status_dir/$dir" 2>/dev/null)" != 0 ]; then
        echo "pysocket: $dir: build or check failed (logs: $build_root/$dir)" >&2
        failed=1
    fi
done
exit "$failed"
