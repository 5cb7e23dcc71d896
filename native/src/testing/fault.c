/* fault.c - the test-only seam declared in fault.h. */
#include "fault.h"

#include <errno.h>

/* Armed faults of this thread: errno to report, and how many calls are left to fail. */
static _Thread_local struct {
    int err;
    int times;
} armed[PSK__CALL_COUNT];

void psk__fault_inject(enum psk__call call, int err, int times) {
    armed[call].err = err;
    armed[call].times = times;
}

void psk__fault_clear(void) {
    for (int i = 0; i < PSK__CALL_COUNT; i++) {
        armed[i].times = 0;
    }
}

int psk__fault_take(enum psk__call call) {
    if (armed[call].times <= 0) {
        return 0;
    }
    armed[call].times--;
    errno = armed[call].err;
    return 1;
}

int psk__fault_after(enum psk__call call, int result) {
    return psk__fault_take(call) ? -1 : result;
}
