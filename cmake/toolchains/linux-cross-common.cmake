# Included by the linux-*.cmake toolchain files after they set PSK_CROSS_PROCESSOR (CMake's
# CMAKE_SYSTEM_PROCESSOR), PSK_CROSS_CC (the compiler) and PSK_CROSS_QEMU (the qemu-user
# program that runs the target's binaries; empty when they run natively). Optional:
# PSK_CROSS_C_FLAGS (compile and link flags), PSK_CROSS_SYSROOT (the target's glibc, for
# qemu's -L: where it finds the dynamic loader and libc).
#
#   cmake -S . -B build-aarch64 --toolchain cmake/toolchains/linux-aarch64.cmake \
#         -DPSK_JAVA_HOME=$JAVA_HOME
#
# jni.h and jni_md.h come from the host JDK (PSK_JAVA_HOME): on Linux, jni_md.h defines only
# JNIEXPORT/JNICALL and jint/jlong/jbyte, the same on every Linux CPU.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${PSK_CROSS_PROCESSOR})
set(CMAKE_C_COMPILER ${PSK_CROSS_CC})
if(DEFINED PSK_CROSS_C_FLAGS)
    # CMake passes CMAKE_C_FLAGS to the link step too (a specs file given twice is an error).
    set(CMAKE_C_FLAGS_INIT "${PSK_CROSS_C_FLAGS}")
endif()
# ctest (and CMake's own try_run) start the target's programs through qemu-user, unless the
# build machine is that CPU (musl x86-64 on x86-64, or any target built on its own CPU).
if(PSK_CROSS_QEMU AND NOT CMAKE_HOST_SYSTEM_PROCESSOR STREQUAL PSK_CROSS_PROCESSOR)
    if(PSK_CROSS_SYSROOT)
        set(CMAKE_CROSSCOMPILING_EMULATOR ${PSK_CROSS_QEMU} -L ${PSK_CROSS_SYSROOT})
    else()
        set(CMAKE_CROSSCOMPILING_EMULATOR ${PSK_CROSS_QEMU})
    endif()
endif()
# Programs (cmake, clang, python) are the build machine's.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
