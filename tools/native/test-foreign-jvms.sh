#!/usr/bin/env bash
# test-foreign-jvms.sh: the Java side on the other CPUs, the last stage of the second command
# (test-all-targets.sh runs it; docs/platforms.md). For each CPU that Debian has an OpenJDK 17
# for, it downloads (never installs) Debian's openjdk-17-jre-headless and the libraries it
# needs for that architecture, unpacks them into a root, and runs the built jar's selftest on
# that JVM under qemu-<cpu>-static -L <root>, with the jar and JNA's jar in a temp directory:
#   - binding jni (the default): backend native, binding jni, resources linux-<dir>, exit 0;
#   - binding jna: native on the 64-bit CPUs; on armhf (a 32-bit JVM) the loader refuses it,
#     the jdk backend runs with the loader's reason, and its checks pass (exit 0);
#   - once, on aarch64: --backend jdk;
#   - on armhf: a subset of the JUnit suites (fd passing, select, poll; both backends) through
#     support/RunTestClasses, from java/target/test-classes. armhf only: its 32-bit struct
#     writes are where the Java side differs; aarch64's run (38 s) was cut to keep CI short.
# The unpacked roots are cached (PSK_FOREIGN_JVM_CACHE, default
# java/target/foreign-jvms), so a rerun only runs the JVMs. The first run adds the dpkg
# architectures it lacks and runs apt-get update once (root only), so that apt-get download
# knows them. Output: one line per CPU; the selftest's output on a failure.
# --fetch-only: only downloads and unpacks what is not cached (test-all-targets.sh runs this
# in the background while the C tests run, then this script without it).
set -u
fetch_only=0
[ "${1:-}" = --fetch-only ] && fetch_only=1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cache=${PSK_FOREIGN_JVM_CACHE:-$root/java/target/foreign-jvms}
start=$(date +%s)

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)
jna_version=$(sed -n 's:.*<jna.version>\(.*\)</jna.version>.*:\1:p' "$root/pom.xml" | head -n 1)
jar=$root/java/target/pysocket-$version.jar
jna_jar=$HOME/.m2/repository/net/java/dev/jna/jna/$jna_version/jna-$jna_version.jar
for f in "$jar" "$jna_jar"; do
    if [ ! -f "$f" ]; then
        echo "foreign JVMs: cannot test, $f is missing (run mvn -B install first)" >&2
        exit 1
    fi
done

# Debian architecture, qemu program, resource directory in the jar, os.arch, JVM data model.
# riscv64 is listed so that a release that has it is tested; Debian 12 has none (below).
jvm_targets() {
    cat <<'JVMS'
arm64   qemu-aarch64-static linux-aarch64 aarch64 64
armhf   qemu-arm-static     linux-arm     arm     32
ppc64el qemu-ppc64le-static linux-ppc64le ppc64le 64
s390x   qemu-s390x-static   linux-s390x   s390x   64
riscv64 qemu-riscv64-static linux-riscv64 riscv64 64
JVMS
}
# Every JVM here: C1 only and the serial collector. Under emulation the JIT's own work and the
# collector's threads are emulated too; for runs of a few seconds this saves about a third.
# Sizes: a 32-bit JVM (armhf) under qemu-arm sizes its heap from the host's memory and once ran
# out of address space ("malloc failed ... Arena::Amalloc" in the JIT) in the JUnit subset; a
# small fixed heap, metaspace and code cache leave it room, and are plenty for these runs.
jvm_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m)
# The packages the headless JRE needs beyond what Debian marks essential.
packages=(libc6 libgcc-s1 libstdc++6 zlib1g openjdk-17-jre-headless)

# The JUnit subset: its CPUs, classes, and the tests qemu-user cannot run as written.
junit_archs=" armhf "
junit_classes=(dev.pysocket.messages.MessagesTest dev.pysocket.select.SelectTest dev.pysocket.select.PollTest)
junit_excludes=(
    # MSG_CTRUNC: qemu receives control data into its own larger buffer and does not set it
    # when converting to a smaller one (qemu-skips.txt: message-ctrunc).
    '.*MessagesTest#(recvmsgReturnsScmRightsItemsWhole|recvFdsWithFewerSlotsKeepsWhatFitsAndFlagsTheCut)'
    # The signal storm's python3 runs on the host, not under qemu: it would make the guest
    # CPU's tgkill syscall number (SignalStorm reads os.arch) with a real-time signal number
    # that qemu maps to a different host signal.
    '.*#signalsDoNotCutTheTimeoutShort'
)

# release_architectures: the architectures the release's Release file says it has.
release_architectures() {
    local codename
    codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
    sed -n 's/^Architectures: //p' /var/lib/apt/lists/*_dists_"${codename}"_InRelease 2>/dev/null | head -n 1
}

# known ARCH: apt has a candidate for the JRE in ARCH.
known() {
    apt-cache policy "openjdk-17-jre-headless:$1" 2>/dev/null | grep -q 'Candidate: [0-9]'
}

status_dir=$cache/status
rm -rf "$status_dir" && mkdir -p "$status_dir" || exit 1
release_archs=" $(release_architectures) "
failed=0

# The architectures whose root is not cached yet: dpkg must know each, and apt its lists.
to_fetch=()
while read -r arch qemu dir cpu model; do
    case $release_archs in *" $arch "*) ;; *) continue ;; esac
    [ -f "$cache/$arch/root.done" ] || to_fetch+=("$arch")
done < <(jvm_targets)
if [ ${#to_fetch[@]} -gt 0 ]; then
    update=0
    for arch in "${to_fetch[@]}"; do
        known "$arch" && continue
        if [ "$(id -u)" != 0 ]; then
            echo "foreign JVMs: cannot download the $arch JRE: apt does not know $arch (as root: dpkg --add-architecture $arch && apt-get update)" >&2
            exit 1
        fi
        dpkg --print-foreign-architectures | grep -qx "$arch" || dpkg --add-architecture "$arch"
        update=1
    done
    # One update; a mirror mid-sync fails some index files, and the check below says if that mattered.
    [ "$update" = 1 ] && apt-get update -q >"$cache/apt-update.log" 2>&1
fi

# fetch ARCH: downloads the debs and unpacks them into $cache/ARCH/root.
fetch() {
    local arch=$1 dir=$cache/$1 pkgs=() p link target
    [ -f "$dir/root.done" ] && return 0
    if ! known "$arch"; then
        echo "$arch: apt has no openjdk-17-jre-headless:$arch (apt-get update failed? $cache/apt-update.log)" >&2
        return 1
    fi
    rm -rf "$dir" && mkdir -p "$dir/debs" || return 1
    for p in "${packages[@]}"; do pkgs+=("$p:$arch"); done
    # As root apt downloads as _apt, which cannot write here.
    if ! (cd "$dir/debs" && apt-get -q -o APT::Sandbox::User=root download "${pkgs[@]}") >"$dir/download.log" 2>&1; then
        echo "$arch: apt-get download failed:" >&2
        cat "$dir/download.log" >&2
        return 1
    fi
    for p in "$dir"/debs/*.deb; do
        dpkg -x "$p" "$dir/root" || return 1
    done
    # qemu -L looks a path up under the root, but an absolute symbolic link inside the root
    # (ppc64el's /lib64/ld64.so.2 -> /lib/powerpc64le-linux-gnu/ld64.so.2) would lead back to
    # the host's file system: make such links relative.
    while IFS= read -r -d '' link; do
        target=$(readlink "$link")
        ln -sfn "$(realpath -m --relative-to="$(dirname "$link")" "$dir/root$target")" "$link" || return 1
    done < <(find "$dir/root" -type l -lname '/*' -print0)
    # The root is what the runs use; the debs would only double the cache's size.
    rm -rf "$dir/debs"
    touch "$dir/root.done"
}

# selftest ARCH QEMU LABEL EXPECTED_STATUS JAVA_OPTION... -- SELFTEST_ARG... -- EXPECTED_LINE...:
# runs the jar's selftest once and checks its status and that each expected line is printed.
selftest() {
    local arch=$1 qemu=$2 label=$3 want=$4
    shift 4
    local opts=() args=() lines=() line rc=0 tmp
    while [ "$1" != -- ]; do opts+=("$1"); shift; done
    shift
    while [ "$1" != -- ]; do args+=("$1"); shift; done
    shift
    lines=("$@")
    tmp=$(mktemp -d) || return 1
    cp "$jar" "$tmp/pysocket.jar" && cp "$jna_jar" "$tmp/" || return 1
    local jroot=$cache/$arch/root
    # java.io.tmpdir in the temp directory: the extracted library goes with it.
    (cd "$tmp" && timeout 120 "$qemu" -L "$jroot" "$jroot/usr/lib/jvm/java-17-openjdk-$arch/bin/java" \
        "${jvm_opts[@]}" -Djava.io.tmpdir="$tmp" ${opts[@]+"${opts[@]}"} -jar pysocket.jar ${args[@]+"${args[@]}"}) \
        >"$cache/$arch/$label.log" 2>&1 || rc=$?
    rm -rf "$tmp"
    local bad=()
    [ "$rc" = "$want" ] || bad+=("exit status $rc, expected $want")
    for line in "${lines[@]}"; do
        grep -qxF -- "$line" "$cache/$arch/$label.log" || bad+=("no line \"$line\"")
    done
    if [ ${#bad[@]} -gt 0 ]; then
        echo "$arch: selftest ($label) failed: ${bad[*]}; its output:" >&2
        cat "$cache/$arch/$label.log" >&2
        return 1
    fi
}

# test_arch ARCH QEMU DIR CPU MODEL: fetches ARCH's JRE and runs its selftests.
test_arch() {
    local arch=$1 qemu=$2 dir=$3 cpu=$4 model=$5 rc=0 t0
    t0=$(date +%s)
    fetch "$arch" || { echo 1 > "$status_dir/$arch"; return; }
    local jdk_version how
    local common=("cpu: $cpu" "resources: $dir")
    selftest "$arch" "$qemu" jni 0 -- -- "${common[@]}" "backend: native" "binding: jni" || rc=1
    if [ "$model" = 64 ]; then
        selftest "$arch" "$qemu" jna 0 -Dpysocket.binding=jna -- -- \
            "${common[@]}" "backend: native" "binding: jna" || rc=1
        how="jni and jna: native"
    else
        # NativeLoader.refuseJnaOn32Bit's reason, as the selftest prints it.
        selftest "$arch" "$qemu" jna 0 -Dpysocket.binding=jna -- -- \
            "${common[@]}" "backend: jdk" "binding: none" \
            "reason: java.lang.UnsatisfiedLinkError: the jna binding needs a 64-bit JVM (this one is 32-bit): Libpysocket passes pointers and sizes as Java long, which only the jni binding narrows for a 32-bit library" \
            || rc=1
        how="jni: native; jna: jdk (refused on a 32-bit JVM, as it must be)"
    fi
    if [ "$arch" = arm64 ]; then
        selftest "$arch" "$qemu" jdk 0 -- --backend jdk -- \
            "${common[@]}" "backend: jdk" "reason: requested: pysocket.backend=jdk" || rc=1
        how="$how; --backend jdk: jdk"
    fi
    local junit_line=
    case $junit_archs in
        *" $arch "*) junit_line=$(junit "$arch" "$qemu") || rc=1 ;;
    esac
    jdk_version=$(sed -n 's/^jdk: \([^ ]*\) \([^ ]*\) .*/\2/p' "$cache/$arch/jni.log" 2>/dev/null)
    echo "$dir: selftest passed on Debian's OpenJDK ${jdk_version:-17} ($arch) under $qemu, $how${junit_line:+; ${#junit_classes[@]} JUnit classes: $junit_line} ($(( $(date +%s) - t0 )) s)" \
        > "$status_dir/$arch.line"
    echo "$rc" > "$status_dir/$arch"
}

# junit ARCH QEMU: runs the JUnit subset on ARCH's JVM; its summary line goes to stdout.
junit() {
    local arch=$1 qemu=$2 rc=0 tmp ex=()
    local jroot=$cache/$arch/root
    for p in "${junit_excludes[@]}"; do ex+=(--exclude "$p"); done
    tmp=$(mktemp -d) || return 1
    # SuiteSummary writes target/java-suite-summary.txt.fork1 under the working directory.
    mkdir -p "$tmp/target" || return 1
    # FORK: the JDK's default spawn runs its jspawnhelper, an ARCH program qemu-user cannot
    # exec without binfmt_misc; fork then exec runs python3 (a host program) directly.
    (cd "$tmp" && timeout 180 "$qemu" -L "$jroot" "$jroot/usr/lib/jvm/java-17-openjdk-$arch/bin/java" \
        "${jvm_opts[@]}" -Djava.io.tmpdir="$tmp" -Djdk.lang.Process.launchMechanism=FORK -cp "$test_classpath" \
        dev.pysocket.support.RunTestClasses "${ex[@]}" "${junit_classes[@]}") >"$cache/$arch/junit.log" 2>&1 || rc=$?
    local summary
    summary=$(cat "$tmp/target/java-suite-summary.txt.fork1" 2>/dev/null)
    rm -rf "$tmp"
    if [ "$rc" != 0 ]; then
        echo "$arch: JUnit subset failed (exit $rc): ${summary:-no summary}; its output:" >&2
        sed -n '/^Failures/,$p' "$cache/$arch/junit.log" >&2
        return 1
    fi
    echo "${summary%$'\n'}"
}

if [ "$fetch_only" = 1 ]; then
    for arch in ${to_fetch[@]+"${to_fetch[@]}"}; do
        fetch "$arch" &
    done
    wait
    exit 0
fi

# The test class path: the compiled tests and classes, and the test scope's jars.
test_classpath=
if [ ! -f "$root/java/target/test-classes/dev/pysocket/support/RunTestClasses.class" ]; then
    echo "foreign JVMs: cannot run the JUnit subset, java/target/test-classes is not built (run mvn -B install first)" >&2
    exit 1
fi
if ! (cd "$root" && mvn -B -q -pl java dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$cache/test-classpath.txt") >"$cache/test-classpath.log" 2>&1; then
    echo "foreign JVMs: mvn dependency:build-classpath failed:" >&2
    cat "$cache/test-classpath.log" >&2
    exit 1
fi
test_classpath=$root/java/target/test-classes:$root/java/target/classes:$(cat "$cache/test-classpath.txt")

started=()
while read -r arch qemu dir cpu model; do
    case $release_archs in
        *" $arch "*) ;;
        *)
            echo "$dir: no JVM run: Debian $(. /etc/os-release && echo "$VERSION_ID ($VERSION_CODENAME)") has no $arch architecture, so no OpenJDK for it (its Release file lists: $(release_architectures))"
            continue ;;
    esac
    if ! command -v "$qemu" >/dev/null 2>&1; then
        echo "$dir: cannot run the selftest, $qemu is not installed (qemu-user-static)" >&2
        failed=1
        continue
    fi
    # Two JVMs at a time on this 2-core machine.
    while [ "$(jobs -rp | wc -l)" -ge 2 ]; do
        wait -n
    done
    test_arch "$arch" "$qemu" "$dir" "$cpu" "$model" &
    started+=("$arch")
done < <(jvm_targets)
wait

for arch in ${started[@]+"${started[@]}"}; do
    if [ "$(cat "$status_dir/$arch" 2>/dev/null)" = 0 ]; then
        cat "$status_dir/$arch.line"
    else
        echo "$arch: selftest FAILED (logs: $cache/$arch)" >&2
        failed=1
    fi
done
echo "test-foreign-jvms: ${#started[@]} JVMs in $(( $(date +%s) - start )) s, $([ "$failed" = 0 ] && echo passed || echo FAILED)"
exit "$failed"
