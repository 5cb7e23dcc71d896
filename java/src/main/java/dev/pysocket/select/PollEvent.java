package dev.pysocket.select;

/**
 * PollEvent: one {@code (fd, events)} pair of Python's {@code poll.poll()} and
 * {@code epoll.poll()} results.
 *
 * @param fd the descriptor as registered (on the jdk backend the socket's fileno() handle)
 * @param events the ready events: POLL* bits for {@link Poll}, EPOLL* bits for {@link Epoll}
 */
public record PollEvent(int fd, int events) {
}
