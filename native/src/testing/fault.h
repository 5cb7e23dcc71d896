/*
 * fault.h - test-only fault injection (docs/architecture.md rule 14, after Go's socktest switch).
 * Compiled only into the static test library (PSK_TESTING); libpysocket.so never has it.
 * State is thread-local, so a test arms faults only for calls its own thread makes.
 */
#ifndef PSK_FAULT_H
#define PSK_FAULT_H

/* The calls that have a seam, named after the syscall. */
enum psk__call {
    PSK__ACCEPT,   /* accept4 in psk_accept / psk_accept_timed */
    PSK__CONNECT,  /* connect in psk_connect / psk_connect_timed (FAULT_AFTER) */
    PSK__CLOSE,    /* close in psk_close (FAULT_AFTER) */
    PSK__RECV,     /* recv in psk_recv / psk_recv_timed */
    PSK__SEND,     /* send in psk_send* */
    PSK__POLL,     /* poll in every wait and in psk_poll */
    PSK__EPOLL_WAIT, /* epoll_wait in psk_epoll_wait */
    PSK__ACCEPT_RACE, /* psk_accept_bounded's poll: armed, it reports a connection that another
                       * acceptor then takes (the queue is left as it is); err is not used */
    PSK__CALL_COUNT
};

/* psk__fault_inject makes the next `times` calls of `call` on this thread fail with err. */
void psk__fault_inject(enum psk__call call, int err, int times);

/* psk__fault_clear disarms every seam of this thread. */
void psk__fault_clear(void);

/* psk__fault_take: 1 with errno set when an armed fault fires for call, else 0. */
int psk__fault_take(enum psk__call call);

/* psk__fault_after: result of a call already made, replaced by -1/errno when armed. */
int psk__fault_after(enum psk__call call, int result);

#endif
