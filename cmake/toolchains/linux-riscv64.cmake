# linux-riscv64: glibc, Debian's gcc-riscv64-linux-gnu
set(PSK_CROSS_PROCESSOR riscv64)
set(PSK_CROSS_CC riscv64-linux-gnu-gcc)
set(PSK_CROSS_QEMU qemu-riscv64-static)
set(PSK_CROSS_SYSROOT /usr/riscv64-linux-gnu)
include(${CMAKE_CURRENT_LIST_DIR}/linux-cross-common.cmake)
