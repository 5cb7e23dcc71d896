# linux-aarch64-musl: musl, Debian's gcc-aarch64-linux-gnu with musl-dev:arm64's specs file; qemu finds /lib/ld-musl-aarch64.so.1
set(PSK_CROSS_PROCESSOR aarch64)
set(PSK_CROSS_CC aarch64-linux-gnu-gcc)
set(PSK_CROSS_QEMU qemu-aarch64-static)
set(PSK_CROSS_C_FLAGS "-specs=/usr/lib/aarch64-linux-musl/musl-gcc.specs")
# The kernel's uapi headers (linux-libc-dev, libc6-dev-arm64-cross): musl's specs see none.
set(PSK_KERNEL_HEADERS "/usr/aarch64-linux-gnu/include/linux;/usr/aarch64-linux-gnu/include/asm-generic;/usr/aarch64-linux-gnu/include/asm" CACHE STRING "")
include(${CMAKE_CURRENT_LIST_DIR}/linux-cross-common.cmake)
