#!/usr/bin/env bash
# test-all-targets.sh: the second test command (.ci/run runs it after `mvn -B install`;
# docs/platforms.md). For each of the eight Linux targets of targets.sh:
#   - builds the C test suite (native/tests, PSK_TESTING=ON, no sanitizers: qemu-user cannot
#     run ASan) with the target's toolchain file and runs it with ctest: under qemu-user-static
#     for the other CPUs, natively for musl x86-64 (and the build machine's own glibc target
#     is left to mvn's ASan run);
#   - runs dlopen-check (native/tests/dlopen) against the library the jar carries,
#     java/target/classes/<dir>/libpysocket.so, on that target's own dynamic loader.
# It fails when any target's compiler or shipped library is missing (run `mvn -B install`
# first), or when a test fails. Tests in qemu-skips.txt are not run under qemu; each skip is
# printed with its reason, and the native musl run runs them all. The timed tests get
# PSK_TEST_TIME_SLACK=0.25 s more at their upper bound (native/tests/task.h): emulation, and
# two targets' tests at once on a 2-core machine.
# Then the build machine's C tests once with -DPSK_PORTABLE=ON (docs/platforms.md: compile
# guards), and last the jar's selftest on Debian's OpenJDK 17 for each other CPU under qemu
# (test-foreign-jvms.sh; its downloads run in the background from the start). Output: one line per target, a line per skipped test, the failing tests' output on failure.
# Build trees and logs: java/target/native-all-targets/<dir>/.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
classes=$root/java/target/classes
build_root=$root/java/target/native-all-targets
. "$here/targets.sh"
host_cpu=$(uname -m)
start=$(date +%s)

mkdir -p "$build_root" || exit 1
status_dir=$build_root/status
rm -rf "$status_dir" && mkdir -p "$status_dir" || exit 1

# The foreign JVMs' downloads wait on the network, not the CPU: start them now, outside this
# shell's job table (the loop below counts its jobs), and wait for their status file later.
fetch_rc=$build_root/foreign-jvms-fetch.rc
rm -f "$fetch_rc"
( (bash "$here/test-foreign-jvms.sh" --fetch-only > "$build_root/foreign-jvms-fetch.log" 2>&1
   echo $? > "$fetch_rc") & )

skip_names=()
skip_targets=()
skip_reasons=()
while read -r name targets reason; do
    case $name in ''|'#'*) continue ;; esac
    skip_names+=("$name")
    skip_targets+=("$targets")
    skip_reasons+=("$reason")
done < "$here/qemu-skips.txt"

# test_one DIR CPU LIBC: builds and runs one target's tests; its summary line goes to
# status/<dir>.line, its exit status to status/<dir>.
test_one() {
    local dir=$1 cpu=$2 libc=$3
    local tree=$build_root/$dir
    local shipped=$classes/$dir/libpysocket.so
    local how exclude='^exports$' targets=(psk_tests psk_dlopen_check) tests=all skipped=0
    if [ "$cpu" = "$host_cpu" ]; then
        how=natively
        if [ "$libc" = glibc ]; then
            # The build machine's glibc target: its C tests ran under ASan in mvn -B install.
            targets=(psk_dlopen_check)
            tests=dlopen
        fi
    else
        how="under $(psk_targets | awk -v d="$dir" '$1 == d {print $7}')"
        for i in "${!skip_names[@]}"; do
            case ",${skip_targets[$i]}," in ,all,|*",$dir,"*) ;; *) continue ;; esac
            echo "$dir: skipped ${skip_names[$i]} under qemu: ${skip_reasons[$i]}"
            exclude="$exclude|^${skip_names[$i]}\$"
            skipped=$((skipped + 1))
        done
    fi
    # 0.25 s more for timed tests (task.h): emulation, and up to 16 tests at once on 2 cores.
    local rc=0 slack=0.25
    # No CMAKE_BUILD_TYPE: unoptimised, the quickest to compile. The exports test is the
    # build's (check-library.sh checks the shipped library's exports), so it is left out.
    sh "$root/tools/run-logged.sh" "$tree/configure.log" \
        cmake -S "$root" -B "$tree/cmake" --toolchain "$root/cmake/toolchains/$dir.cmake" \
              -DPSK_TESTING=ON -DPSK_FUZZ=OFF -DPSK_JNI=OFF -DPSK_SHIPPED_LIBRARY="$shipped" &&
    sh "$root/tools/run-logged.sh" "$tree/build.log" \
        cmake --build "$tree/cmake" --parallel 2 --target "${targets[@]}" || rc=$?
    if [ "$rc" = 0 ]; then
        local select=(-E "$exclude")
        [ "$tests" = dlopen ] && select=(-R '^dlopen-shipped$')
        # -j8: most tests wait on timeouts, not on the CPU.
        if ! env ${slack:+PSK_TEST_TIME_SLACK=$slack} ctest --test-dir "$tree/cmake" -j8 --timeout 90 --output-on-failure "${select[@]}" \
                > "$tree/ctest.log" 2>&1; then
            rc=1
            echo "$dir: C tests failed $how:" >&2
            sed -n '/The following tests FAILED/,$p;/\*\*\*Failed\|Timeout\|assertion failed\|not ok/p' \
                "$tree/ctest.log" >&2
            echo "(full log: $tree/ctest.log)" >&2
        fi
    fi
    local count
    count=$(sed -n 's/.*tests passed, [0-9]* tests failed out of \([0-9]*\).*/\1/p' "$tree/ctest.log" 2>/dev/null)
    if [ "$rc" = 0 ]; then
        if [ "$tests" = dlopen ]; then
            echo "$dir: dlopen-check passed $how (its C tests: mvn -B install, under ASan)" > "$status_dir/$dir.line"
        else
            echo "$dir: ${count:-?} C tests passed $how (dlopen-check included), $skipped skipped" > "$status_dir/$dir.line"
        fi
    fi
    echo "$rc" > "$status_dir/$dir"
}

# test_portable: the build machine's C tests once more with -DPSK_PORTABLE=ON (internal.h's
# compile guards: no SOCK_CLOEXEC type flag, accept4 or MSG_NOSIGNAL), so the branches kept for
# macOS and the BSDs run for real. Reported as "portable".
test_portable() {
    local tree=$build_root/portable rc=0
    sh "$root/tools/run-logged.sh" "$tree/configure.log" \
        cmake -S "$root" -B "$tree/cmake" -DPSK_PORTABLE=ON -DPSK_TESTING=ON -DPSK_FUZZ=OFF -DPSK_JNI=OFF &&
    sh "$root/tools/run-logged.sh" "$tree/build.log" \
        cmake --build "$tree/cmake" --parallel 2 --target psk_tests || rc=$?
    if [ "$rc" = 0 ] && ! PSK_TEST_TIME_SLACK=0.25 ctest --test-dir "$tree/cmake" -j8 --timeout 90 --output-on-failure \
            -E '^(exports|dlopen-shipped)$' > "$tree/ctest.log" 2>&1; then
        rc=1
        echo "portable: C tests failed:" >&2
        sed -n '/\*\*\*Failed\|Timeout\|assertion failed\|not ok/p' "$tree/ctest.log" >&2
    fi
    local count
    count=$(sed -n 's/.*tests passed, [0-9]* tests failed out of \([0-9]*\).*/\1/p' "$tree/ctest.log" 2>/dev/null)
    echo "portable: ${count:-?} C tests passed natively without SOCK_CLOEXEC, accept4 and MSG_NOSIGNAL (-DPSK_PORTABLE=ON)" \
        > "$status_dir/portable.line"
    echo "$rc" > "$status_dir/portable"
}

failed=0
started=()
while read -r dir cpu libc floor cc tools qemu sysroot needs; do
    case $dir in ''|'#'*) continue ;; esac
    missing=$(psk_missing_tool "$cc" "$needs")
    if [ -n "$missing" ]; then
        echo "$dir: cannot test, $missing is not installed (.ci/run installs every target's compiler)" >&2
        failed=1
        continue
    fi
    if [ "$cpu" != "$host_cpu" ] && ! command -v "$qemu" >/dev/null 2>&1; then
        echo "$dir: cannot test, $qemu is not installed (qemu-user-static)" >&2
        failed=1
        continue
    fi
    if [ ! -f "$classes/$dir/libpysocket.so" ]; then
        echo "$dir: cannot test, $classes/$dir/libpysocket.so is missing (run mvn -B install first)" >&2
        failed=1
        continue
    fi
    # Two targets at a time on this 2-core machine.
    while [ "$(jobs -rp | wc -l)" -ge 2 ]; do
        wait -n
    done
    test_one "$dir" "$cpu" "$libc" &
    started+=("$dir")
done < <(psk_targets)
while [ "$(jobs -rp | wc -l)" -ge 2 ]; do
    wait -n
done
test_portable &
started+=(portable)
wait

for dir in ${started[@]+"${started[@]}"}; do
    if [ "$(cat "$status_dir/$dir" 2>/dev/null)" = 0 ]; then
        cat "$status_dir/$dir.line"
    else
        echo "$dir: FAILED (logs: $build_root/$dir)" >&2
        failed=1
    fi
done
# The Java side on the other CPUs (test-foreign-jvms.sh, which reports its own download failures).
while [ ! -f "$fetch_rc" ]; do
    sleep 1
done
bash "$here/test-foreign-jvms.sh" || failed=1

echo "test-all-targets: ${#started[@]} runs in $(( $(date +%s) - start )) s, $([ "$failed" = 0 ] && echo passed || echo FAILED)"
exit "$failed"
