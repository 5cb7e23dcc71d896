# linux-x86-64: glibc, Debian's gcc-x86-64-linux-gnu (the native gcc on an x86-64 Debian). Maven
# builds the build machine's own library without a toolchain file; this one builds x86-64
# elsewhere (tools/native/build-all.sh).
set(PSK_CROSS_PROCESSOR x86_64)
set(PSK_CROSS_CC x86_64-linux-gnu-gcc)
set(PSK_CROSS_QEMU qemu-x86_64-static)
set(PSK_CROSS_SYSROOT /usr/x86_64-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/linux-cross-common.cmake)
