# linux-s390x: glibc, Debian's gcc-s390x-linux-gnu
set(PSK_CROSS_PROCESSOR s390x)
set(PSK_CROSS_CC s390x-linux-gnu-gcc)
set(PSK_CROSS_QEMU qemu-s390x-static)
set(PSK_CROSS_SYSROOT /usr/s390x-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/linux-cross-common.cmake)
