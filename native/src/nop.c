/* nop.c - psk_nop: an empty exported call, so the benchmarks can time the bindings themselves. */
#include "internal.h"

int psk_nop(void) {
    return 0;
}
