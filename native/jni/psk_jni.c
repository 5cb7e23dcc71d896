/* psk_jni.c: the JNI binding of libpysocket. Generated from native/include/pysocket.h
 * by python3 tools/gen_jni.py; do not edit by hand (docs/native-boundary.md).
 *
 * One wrapper per exported function: it converts the JNI arguments (a jlong address
 * becomes the pointer) and calls the function; it makes no JNI call, keeps no JNIEnv
 * and never calls back into Java. The table registers the wrappers on the static
 * natives of dev.pysocket.internal.posix.Libpysocket. */

#include <jni.h>
#include <stdint.h>

#include "pysocket.h"

static jint JNICALL w_psk_layout(JNIEnv *env, jclass cls, jlong buf, jint buflen) {
    (void)env;
    (void)cls;
    return psk_layout((char *)(intptr_t)buf, buflen);
}

static jint JNICALL w_psk_init(JNIEnv *env, jclass cls, jlong table, jint n) {
    (void)env;
    (void)cls;
    return psk_init((int64_t *)(intptr_t)table, n);
}

static jint JNICALL w_psk_strerror(JNIEnv *env, jclass cls, jint errnum, jlong buf, jint buflen) {
    (void)env;
    (void)cls;
    return psk_strerror(errnum, (char *)(intptr_t)buf, buflen);
}

static jint JNICALL w_psk_nop(JNIEnv *env, jclass cls) {
    (void)env;
    (void)cls;
    return psk_nop();
}

static jint JNICALL w_psk_socket(JNIEnv *env, jclass cls, jint family, jint type, jint proto) {
    (void)env;
    (void)cls;
    return psk_socket(family, type, proto);
}

static jint JNICALL w_psk_socketpair(JNIEnv *env, jclass cls, jint family, jint type, jint proto, jlong out) {
    (void)env;
    (void)cls;
    return psk_socketpair(family, type, proto, (int32_t *)(intptr_t)out);
}

static jint JNICALL w_psk_close(JNIEnv *env, jclass cls, jint fd) {
    (void)env;
    (void)cls;
    return psk_close(fd);
}

static jint JNICALL w_psk_preclose(JNIEnv *env, jclass cls, jint fd) {
    (void)env;
    (void)cls;
    return psk_preclose(fd);
}

static jint JNICALL w_psk_wake_init(JNIEnv *env, jclass cls) {
    (void)env;
    (void)cls;
    return psk_wake_init();
}

static jlong JNICALL w_psk_thread_id(JNIEnv *env, jclass cls) {
    (void)env;
    (void)cls;
    return psk_thread_id();
}

static jint JNICALL w_psk_wake_thread(JNIEnv *env, jclass cls, jlong tid) {
    (void)env;
    (void)cls;
    return psk_wake_thread(tid);
}

static jint JNICALL w_psk_wake_signal(JNIEnv *env, jclass cls) {
    (void)env;
    (void)cls;
    return psk_wake_signal();
}

static jint JNICALL w_psk_dup(JNIEnv *env, jclass cls, jint fd) {
    (void)env;
    (void)cls;
    return psk_dup(fd);
}

static jint JNICALL w_psk_shutdown(JNIEnv *env, jclass cls, jint fd, jint how) {
    (void)env;
    (void)cls;
    return psk_shutdown(fd, how);
}

static jint JNICALL w_psk_set_nonblocking(JNIEnv *env, jclass cls, jint fd, jint on) {
    (void)env;
    (void)cls;
    return psk_set_nonblocking(fd, on);
}

static jint JNICALL w_psk_get_inheritable(JNIEnv *env, jclass cls, jint fd) {
    (void)env;
    (void)cls;
    return psk_get_inheritable(fd);
}

static jint JNICALL w_psk_set_inheritable(JNIEnv *env, jclass cls, jint fd, jint on) {
    (void)env;
    (void)cls;
    return psk_set_inheritable(fd, on);
}

static jint JNICALL w_psk_socket_probe(JNIEnv *env, jclass cls, jint fd, jlong out) {
    (void)env;
    (void)cls;
    return psk_socket_probe(fd, (int32_t *)(intptr_t)out);
}

static jint JNICALL w_psk_bind(JNIEnv *env, jclass cls, jint fd, jlong addr) {
    (void)env;
    (void)cls;
    return psk_bind(fd, (const psk_addr *)(intptr_t)addr);
}

static jint JNICALL w_psk_listen(JNIEnv *env, jclass cls, jint fd, jint backlog) {
    (void)env;
    (void)cls;
    return psk_listen(fd, backlog);
}

static jint JNICALL w_psk_getsockname(JNIEnv *env, jclass cls, jint fd, jlong out) {
    (void)env;
    (void)cls;
    return psk_getsockname(fd, (psk_addr *)(intptr_t)out);
}

static jint JNICALL w_psk_getpeername(JNIEnv *env, jclass cls, jint fd, jlong out) {
    (void)env;
    (void)cls;
    return psk_getpeername(fd, (psk_addr *)(intptr_t)out);
}

static jint JNICALL w_psk_connect(JNIEnv *env, jclass cls, jint fd, jlong addr) {
    (void)env;
    (void)cls;
    return psk_connect(fd, (const psk_addr *)(intptr_t)addr);
}

static jint JNICALL w_psk_connect_timed(JNIEnv *env, jclass cls, jint fd, jlong addr, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_connect_timed(fd, (const psk_addr *)(intptr_t)addr, timeout_ns);
}

static jint JNICALL w_psk_accept(JNIEnv *env, jclass cls, jint fd, jlong peer, jint flags) {
    (void)env;
    (void)cls;
    return psk_accept(fd, (psk_addr *)(intptr_t)peer, flags);
}

static jint JNICALL w_psk_accept_timed(JNIEnv *env, jclass cls, jint fd, jlong peer, jint flags, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_accept_timed(fd, (psk_addr *)(intptr_t)peer, flags, timeout_ns);
}

static jint JNICALL w_psk_accept_bounded(JNIEnv *env, jclass cls, jint fd, jlong peer, jint flags, jlong bound_ns) {
    (void)env;
    (void)cls;
    return psk_accept_bounded(fd, (psk_addr *)(intptr_t)peer, flags, bound_ns);
}

static jint JNICALL w_psk_recv(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags) {
    (void)env;
    (void)cls;
    return psk_recv(fd, (void *)(intptr_t)buf, len, flags);
}

static jint JNICALL w_psk_recv_timed(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_recv_timed(fd, (void *)(intptr_t)buf, len, flags, timeout_ns);
}

static jint JNICALL w_psk_send(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags) {
    (void)env;
    (void)cls;
    return psk_send(fd, (const void *)(intptr_t)buf, len, flags);
}

static jint JNICALL w_psk_send_timed(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_send_timed(fd, (const void *)(intptr_t)buf, len, flags, timeout_ns);
}

static jint JNICALL w_psk_sendall(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags) {
    (void)env;
    (void)cls;
    return psk_sendall(fd, (const void *)(intptr_t)buf, len, flags);
}

static jint JNICALL w_psk_sendall_timed(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_sendall_timed(fd, (const void *)(intptr_t)buf, len, flags, timeout_ns);
}

static jint JNICALL w_psk_sendto(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags, jlong to) {
    (void)env;
    (void)cls;
    return psk_sendto(fd, (const void *)(intptr_t)buf, len, flags, (const psk_addr *)(intptr_t)to);
}

static jint JNICALL w_psk_sendto_timed(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags, jlong to, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_sendto_timed(fd, (const void *)(intptr_t)buf, len, flags, (const psk_addr *)(intptr_t)to, timeout_ns);
}

static jint JNICALL w_psk_recvfrom(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags, jlong from) {
    (void)env;
    (void)cls;
    return psk_recvfrom(fd, (void *)(intptr_t)buf, len, flags, (psk_addr *)(intptr_t)from);
}

static jint JNICALL w_psk_recvfrom_timed(JNIEnv *env, jclass cls, jint fd, jlong buf, jint len, jint flags, jlong from, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_recvfrom_timed(fd, (void *)(intptr_t)buf, len, flags, (psk_addr *)(intptr_t)from, timeout_ns);
}

static jint JNICALL w_psk_sendfile(JNIEnv *env, jclass cls, jint fd, jint in_fd, jlong offset, jint count) {
    (void)env;
    (void)cls;
    return psk_sendfile(fd, in_fd, offset, count);
}

static jint JNICALL w_psk_sendfile_timed(JNIEnv *env, jclass cls, jint fd, jint in_fd, jlong offset, jint count, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_sendfile_timed(fd, in_fd, offset, count, timeout_ns);
}

static jlong JNICALL w_psk_file_offset(JNIEnv *env, jclass cls, jint fd) {
    (void)env;
    (void)cls;
    return psk_file_offset(fd);
}

static jint JNICALL w_psk_file_dup_at_offset(JNIEnv *env, jclass cls, jlong offset) {
    (void)env;
    (void)cls;
    return psk_file_dup_at_offset(offset);
}

static jint JNICALL w_psk_sendmsg(JNIEnv *env, jclass cls, jint fd, jlong iov, jint iovcnt, jlong items, jint itemslen, jlong control, jint controllen, jint flags, jlong to) {
    (void)env;
    (void)cls;
    return psk_sendmsg(fd, (const void *)(intptr_t)iov, iovcnt, (const void *)(intptr_t)items, itemslen, (void *)(intptr_t)control, controllen, flags, (const psk_addr *)(intptr_t)to);
}

static jint JNICALL w_psk_sendmsg_timed(JNIEnv *env, jclass cls, jint fd, jlong iov, jint iovcnt, jlong items, jint itemslen, jlong control, jint controllen, jint flags, jlong to, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_sendmsg_timed(fd, (const void *)(intptr_t)iov, iovcnt, (const void *)(intptr_t)items, itemslen, (void *)(intptr_t)control, controllen, flags, (const psk_addr *)(intptr_t)to, timeout_ns);
}

static jint JNICALL w_psk_recvmsg(JNIEnv *env, jclass cls, jint fd, jlong iov, jint iovcnt, jlong control, jint controllen, jlong items, jint itemslen, jint flags, jlong from, jlong out) {
    (void)env;
    (void)cls;
    return psk_recvmsg(fd, (const void *)(intptr_t)iov, iovcnt, (void *)(intptr_t)control, controllen, (void *)(intptr_t)items, itemslen, flags, (psk_addr *)(intptr_t)from, (int32_t *)(intptr_t)out);
}

static jint JNICALL w_psk_recvmsg_timed(JNIEnv *env, jclass cls, jint fd, jlong iov, jint iovcnt, jlong control, jint controllen, jlong items, jint itemslen, jint flags, jlong from, jlong out, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_recvmsg_timed(fd, (const void *)(intptr_t)iov, iovcnt, (void *)(intptr_t)control, controllen, (void *)(intptr_t)items, itemslen, flags, (psk_addr *)(intptr_t)from, (int32_t *)(intptr_t)out, timeout_ns);
}

static jlong JNICALL w_psk_getsockopt_int(JNIEnv *env, jclass cls, jint fd, jint level, jint optname) {
    (void)env;
    (void)cls;
    return psk_getsockopt_int(fd, level, optname);
}

static jint JNICALL w_psk_setsockopt_int(JNIEnv *env, jclass cls, jint fd, jint level, jint optname, jint value) {
    (void)env;
    (void)cls;
    return psk_setsockopt_int(fd, level, optname, value);
}

static jint JNICALL w_psk_getsockopt(JNIEnv *env, jclass cls, jint fd, jint level, jint optname, jlong buf, jint buflen) {
    (void)env;
    (void)cls;
    return psk_getsockopt(fd, level, optname, (void *)(intptr_t)buf, buflen);
}

static jint JNICALL w_psk_setsockopt(JNIEnv *env, jclass cls, jint fd, jint level, jint optname, jlong buf, jint buflen) {
    (void)env;
    (void)cls;
    return psk_setsockopt(fd, level, optname, (const void *)(intptr_t)buf, buflen);
}

static jint JNICALL w_psk_wait(JNIEnv *env, jclass cls, jint fd, jint events, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_wait(fd, events, timeout_ns);
}

static jint JNICALL w_psk_select(JNIEnv *env, jclass cls, jint nfds, jlong readfds, jlong writefds, jlong exceptfds, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_select(nfds, (void *)(intptr_t)readfds, (void *)(intptr_t)writefds, (void *)(intptr_t)exceptfds, timeout_ns);
}

static jint JNICALL w_psk_poll(JNIEnv *env, jclass cls, jlong fds, jint nfds, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_poll((void *)(intptr_t)fds, nfds, timeout_ns);
}

static jint JNICALL w_psk_epoll_create(JNIEnv *env, jclass cls) {
    (void)env;
    (void)cls;
    return psk_epoll_create();
}

static jint JNICALL w_psk_epoll_ctl(JNIEnv *env, jclass cls, jint epfd, jint op, jint fd, jint events) {
    (void)env;
    (void)cls;
    return psk_epoll_ctl(epfd, op, fd, (uint32_t)events);
}

static jint JNICALL w_psk_epoll_wait(JNIEnv *env, jclass cls, jint epfd, jlong out, jint maxevents, jlong timeout_ns) {
    (void)env;
    (void)cls;
    return psk_epoll_wait(epfd, (void *)(intptr_t)out, maxevents, timeout_ns);
}

static jint JNICALL w_psk_getaddrinfo(JNIEnv *env, jclass cls, jlong host, jlong service, jlong hints, jlong out, jint outlen) {
    (void)env;
    (void)cls;
    return psk_getaddrinfo((const char *)(intptr_t)host, (const char *)(intptr_t)service, (const int32_t *)(intptr_t)hints, (void *)(intptr_t)out, outlen);
}

static jint JNICALL w_psk_getnameinfo(JNIEnv *env, jclass cls, jlong addr, jint flags, jlong out, jint outlen) {
    (void)env;
    (void)cls;
    return psk_getnameinfo((const psk_addr *)(intptr_t)addr, flags, (char *)(intptr_t)out, outlen);
}

static jint JNICALL w_psk_gai_strerror(JNIEnv *env, jclass cls, jint eai, jlong buf, jint buflen) {
    (void)env;
    (void)cls;
    return psk_gai_strerror(eai, (char *)(intptr_t)buf, buflen);
}

static jint JNICALL w_psk_hstrerror(JNIEnv *env, jclass cls, jint h, jlong buf, jint buflen) {
    (void)env;
    (void)cls;
    return psk_hstrerror(h, (char *)(intptr_t)buf, buflen);
}

static jint JNICALL w_psk_gethostbyname(JNIEnv *env, jclass cls, jlong name, jlong out, jint outlen) {
    (void)env;
    (void)cls;
    return psk_gethostbyname((const char *)(intptr_t)name, (void *)(intptr_t)out, outlen);
}

static jint JNICALL w_psk_gethostbyaddr(JNIEnv *env, jclass cls, jlong addr, jlong out, jint outlen) {
    (void)env;
    (void)cls;
    return psk_gethostbyaddr((const psk_addr *)(intptr_t)addr, (void *)(intptr_t)out, outlen);
}

static jint JNICALL w_psk_gethostname(JNIEnv *env, jclass cls, jlong out, jint outlen) {
    (void)env;
    (void)cls;
    return psk_gethostname((char *)(intptr_t)out, outlen);
}

static jint JNICALL w_psk_getservbyname(JNIEnv *env, jclass cls, jlong name, jlong proto) {
    (void)env;
    (void)cls;
    return psk_getservbyname((const char *)(intptr_t)name, (const char *)(intptr_t)proto);
}

static jint JNICALL w_psk_getservbyport(JNIEnv *env, jclass cls, jint port, jlong proto, jlong out, jint outlen) {
    (void)env;
    (void)cls;
    return psk_getservbyport(port, (const char *)(intptr_t)proto, (char *)(intptr_t)out, outlen);
}

static jint JNICALL w_psk_getprotobyname(JNIEnv *env, jclass cls, jlong name) {
    (void)env;
    (void)cls;
    return psk_getprotobyname((const char *)(intptr_t)name);
}

static jint JNICALL w_psk_if_nameindex(JNIEnv *env, jclass cls, jlong out, jint outlen) {
    (void)env;
    (void)cls;
    return psk_if_nameindex((void *)(intptr_t)out, outlen);
}

static jint JNICALL w_psk_if_nametoindex(JNIEnv *env, jclass cls, jlong name) {
    (void)env;
    (void)cls;
    return psk_if_nametoindex((const char *)(intptr_t)name);
}

static jint JNICALL w_psk_if_indextoname(JNIEnv *env, jclass cls, jint index, jlong out, jint outlen) {
    (void)env;
    (void)cls;
    return psk_if_indextoname(index, (char *)(intptr_t)out, outlen);
}

static const JNINativeMethod PSK_JNI_METHODS[] = {
    {"psk_layout", "(JI)I", (void *)w_psk_layout},
    {"psk_init", "(JI)I", (void *)w_psk_init},
    {"psk_strerror", "(IJI)I", (void *)w_psk_strerror},
    {"psk_nop", "()I", (void *)w_psk_nop},
    {"psk_socket", "(III)I", (void *)w_psk_socket},
    {"psk_socketpair", "(IIIJ)I", (void *)w_psk_socketpair},
    {"psk_close", "(I)I", (void *)w_psk_close},
    {"psk_preclose", "(I)I", (void *)w_psk_preclose},
    {"psk_wake_init", "()I", (void *)w_psk_wake_init},
    {"psk_thread_id", "()J", (void *)w_psk_thread_id},
    {"psk_wake_thread", "(J)I", (void *)w_psk_wake_thread},
    {"psk_wake_signal", "()I", (void *)w_psk_wake_signal},
    {"psk_dup", "(I)I", (void *)w_psk_dup},
    {"psk_shutdown", "(II)I", (void *)w_psk_shutdown},
    {"psk_set_nonblocking", "(II)I", (void *)w_psk_set_nonblocking},
    {"psk_get_inheritable", "(I)I", (void *)w_psk_get_inheritable},
    {"psk_set_inheritable", "(II)I", (void *)w_psk_set_inheritable},
    {"psk_socket_probe", "(IJ)I", (void *)w_psk_socket_probe},
    {"psk_bind", "(IJ)I", (void *)w_psk_bind},
    {"psk_listen", "(II)I", (void *)w_psk_listen},
    {"psk_getsockname", "(IJ)I", (void *)w_psk_getsockname},
    {"psk_getpeername", "(IJ)I", (void *)w_psk_getpeername},
    {"psk_connect", "(IJ)I", (void *)w_psk_connect},
    {"psk_connect_timed", "(IJJ)I", (void *)w_psk_connect_timed},
    {"psk_accept", "(IJI)I", (void *)w_psk_accept},
    {"psk_accept_timed", "(IJIJ)I", (void *)w_psk_accept_timed},
    {"psk_accept_bounded", "(IJIJ)I", (void *)w_psk_accept_bounded},
    {"psk_recv", "(IJII)I", (void *)w_psk_recv},
    {"psk_recv_timed", "(IJIIJ)I", (void *)w_psk_recv_timed},
    {"psk_send", "(IJII)I", (void *)w_psk_send},
    {"psk_send_timed", "(IJIIJ)I", (void *)w_psk_send_timed},
    {"psk_sendall", "(IJII)I", (void *)w_psk_sendall},
    {"psk_sendall_timed", "(IJIIJ)I", (void *)w_psk_sendall_timed},
    {"psk_sendto", "(IJIIJ)I", (void *)w_psk_sendto},
    {"psk_sendto_timed", "(IJIIJJ)I", (void *)w_psk_sendto_timed},
    {"psk_recvfrom", "(IJIIJ)I", (void *)w_psk_recvfrom},
    {"psk_recvfrom_timed", "(IJIIJJ)I", (void *)w_psk_recvfrom_timed},
    {"psk_sendfile", "(IIJI)I", (void *)w_psk_sendfile},
    {"psk_sendfile_timed", "(IIJIJ)I", (void *)w_psk_sendfile_timed},
    {"psk_file_offset", "(I)J", (void *)w_psk_file_offset},
    {"psk_file_dup_at_offset", "(J)I", (void *)w_psk_file_dup_at_offset},
    {"psk_sendmsg", "(IJIJIJIIJ)I", (void *)w_psk_sendmsg},
    {"psk_sendmsg_timed", "(IJIJIJIIJJ)I", (void *)w_psk_sendmsg_timed},
    {"psk_recvmsg", "(IJIJIJIIJJ)I", (void *)w_psk_recvmsg},
    {"psk_recvmsg_timed", "(IJIJIJIIJJJ)I", (void *)w_psk_recvmsg_timed},
    {"psk_getsockopt_int", "(III)J", (void *)w_psk_getsockopt_int},
    {"psk_setsockopt_int", "(IIII)I", (void *)w_psk_setsockopt_int},
    {"psk_getsockopt", "(IIIJI)I", (void *)w_psk_getsockopt},
    {"psk_setsockopt", "(IIIJI)I", (void *)w_psk_setsockopt},
    {"psk_wait", "(IIJ)I", (void *)w_psk_wait},
    {"psk_select", "(IJJJJ)I", (void *)w_psk_select},
    {"psk_poll", "(JIJ)I", (void *)w_psk_poll},
    {"psk_epoll_create", "()I", (void *)w_psk_epoll_create},
    {"psk_epoll_ctl", "(IIII)I", (void *)w_psk_epoll_ctl},
    {"psk_epoll_wait", "(IJIJ)I", (void *)w_psk_epoll_wait},
    {"psk_getaddrinfo", "(JJJJI)I", (void *)w_psk_getaddrinfo},
    {"psk_getnameinfo", "(JIJI)I", (void *)w_psk_getnameinfo},
    {"psk_gai_strerror", "(IJI)I", (void *)w_psk_gai_strerror},
    {"psk_hstrerror", "(IJI)I", (void *)w_psk_hstrerror},
    {"psk_gethostbyname", "(JJI)I", (void *)w_psk_gethostbyname},
    {"psk_gethostbyaddr", "(JJI)I", (void *)w_psk_gethostbyaddr},
    {"psk_gethostname", "(JI)I", (void *)w_psk_gethostname},
    {"psk_getservbyname", "(JJ)I", (void *)w_psk_getservbyname},
    {"psk_getservbyport", "(IJJI)I", (void *)w_psk_getservbyport},
    {"psk_getprotobyname", "(J)I", (void *)w_psk_getprotobyname},
    {"psk_if_nameindex", "(JI)I", (void *)w_psk_if_nameindex},
    {"psk_if_nametoindex", "(J)I", (void *)w_psk_if_nametoindex},
    {"psk_if_indextoname", "(IJI)I", (void *)w_psk_if_indextoname},
};

/* JniBinding.registerNatives(Class<?> target): binds every wrapper to target's static
 * natives. Returns 0, or RegisterNatives' negative JNI error with its exception
 * (NoSuchMethodError naming the method) pending. */
JNIEXPORT jint JNICALL Java_dev_pysocket_internal_posix_JniBinding_registerNatives(JNIEnv *env, jclass binding, jclass target);

JNIEXPORT jint JNICALL Java_dev_pysocket_internal_posix_JniBinding_registerNatives(JNIEnv *env, jclass binding, jclass target) {
    (void)binding;
    return (*env)->RegisterNatives(env, target, PSK_JNI_METHODS,
                                   (jint)(sizeof PSK_JNI_METHODS / sizeof PSK_JNI_METHODS[0]));
}
