# linux-x86-64-musl: musl, Debian's musl-tools (musl-gcc wraps the host gcc); runs natively
set(PSK_CROSS_PROCESSOR x86_64)
set(PSK_CROSS_CC musl-gcc)
set(PSK_CROSS_QEMU qemu-x86_64-static)
# The kernel's uapi headers (linux-libc-dev, libc6-dev-arm64-cross): musl's specs see none.
set(PSK_KERNEL_HEADERS "/usr/include/linux;/usr/include/asm-generic;/usr/include/x86_64-linux-gnu/asm" CACHE STRING "")
include(${CMAKE_CURRENT_LIST_DIR}/linux-cross-common.cmake)
