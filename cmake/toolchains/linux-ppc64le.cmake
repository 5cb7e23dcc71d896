# linux-ppc64le: glibc, Debian's gcc-powerpc64le-linux-gnu
set(PSK_CROSS_PROCESSOR ppc64le)
set(PSK_CROSS_CC powerpc64le-linux-gnu-gcc)
set(PSK_CROSS_QEMU qemu-ppc64le-static)
set(PSK_CROSS_SYSROOT /usr/powerpc64le-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/linux-cross-common.cmake)
