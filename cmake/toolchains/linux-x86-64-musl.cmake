# linux-x86-64-musl: musl, Debian's musl-tools (musl-gcc wraps the host gcc); runs natively
set(PSK_CROSS_PROCESSOR x86_64)
set(PSK_CROSS_CC musl-gcc)
set(PSK_CROSS_QEMU )
include(${CMAKE_CURRENT_LIST_DIR}/linux-cross-common.cmake)
