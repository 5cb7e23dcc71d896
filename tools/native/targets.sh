# targets.sh: the Linux targets whose libpysocket.so the jar carries, one line each, sourced by
# build-all.sh and test-all-targets.sh (docs/platforms.md). Columns:
#   dir       resource directory in the jar (the loader reads exactly these names) and the name
#             of the toolchain file cmake/toolchains/<dir>.cmake
#   cpu       the target's `uname -m` (a target equal to the build machine's runs natively)
#   libc      glibc or musl
#   floor     the newest GLIBC_x.y symbol version the library may need (musl: -)
#   cc        the C compiler the toolchain file uses
#   tools     prefix of the target's binutils (objdump, nm)
#   qemu      the qemu-user program that runs the target's programs elsewhere
#   sysroot   the target's glibc for qemu -L (musl: - ; its loader sits in /lib already)
#   needs     a file the compiler needs besides itself (musl aarch64: musl-dev:arm64's specs)
# riscv64's floor is 2.27: glibc's first release for riscv64.
psk_targets() {
    cat <<'TARGETS'
linux-x86-64       x86_64  glibc 2.17 x86_64-linux-gnu-gcc      x86_64-linux-gnu-      qemu-x86_64-static  /usr/x86_64-linux-gnu      -
linux-aarch64      aarch64 glibc 2.17 aarch64-linux-gnu-gcc     aarch64-linux-gnu-     qemu-aarch64-static /usr/aarch64-linux-gnu     -
linux-arm          armv7l  glibc 2.17 arm-linux-gnueabihf-gcc   arm-linux-gnueabihf-   qemu-arm-static     /usr/arm-linux-gnueabihf   -
linux-riscv64      riscv64 glibc 2.27 riscv64-linux-gnu-gcc     riscv64-linux-gnu-     qemu-riscv64-static /usr/riscv64-linux-gnu     -
linux-ppc64le      ppc64le glibc 2.17 powerpc64le-linux-gnu-gcc powerpc64le-linux-gnu- qemu-ppc64le-static /usr/powerpc64le-linux-gnu -
linux-s390x        s390x   glibc 2.17 s390x-linux-gnu-gcc       s390x-linux-gnu-       qemu-s390x-static   /usr/s390x-linux-gnu       -
linux-x86-64-musl  x86_64  musl  -    musl-gcc                  x86_64-linux-gnu-      qemu-x86_64-static  -                          -
linux-aarch64-musl aarch64 musl  -    aarch64-linux-gnu-gcc     aarch64-linux-gnu-     qemu-aarch64-static -                          /usr/lib/aarch64-linux-musl/musl-gcc.specs
TARGETS
}

# psk_missing_tool CC NEEDS: prints what is missing to build a target, nothing when all is there.
psk_missing_tool() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "$1"
    elif [ "$2" != - ] && [ ! -e "$2" ]; then
        echo "$2"
    fi
}
