# linux-arm: glibc, 32-bit ARM hard-float (armhf), Debian's gcc-arm-linux-gnueabihf
set(PSK_CROSS_PROCESSOR armv7l)
set(PSK_CROSS_CC arm-linux-gnueabihf-gcc)
set(PSK_CROSS_QEMU qemu-arm-static)
set(PSK_CROSS_SYSROOT /usr/arm-linux-gnueabihf)
include(${CMAKE_CURRENT_LIST_DIR}/linux-cross-common.cmake)
