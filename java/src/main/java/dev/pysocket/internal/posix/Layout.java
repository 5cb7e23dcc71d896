package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import java.util.Map;

/**
 * Layout: the sizes and field offsets of the records Java and C exchange through native
 * memory (native/include/pysocket.h: psk_addr, psk_ai_entry, psk_hostent, psk_if_entry,
 * getnameinfo's buffer, psk_cmsg_item and struct iovec), as the loaded library reports them
 * (psk_layout), never copied by hand. Read once, while the library loads
 * ({@link NativeLoader}): a library that lacks a number Java reads does not load. LayoutTest checks the other way round, that Java reads
 * every number the library reports.
 *
 * <p>The int32_t fields are read and written as 4-byte ints in native byte order
 * (native/src/layout.c asserts their width).
 */
final class Layout {
    private static final Map<String, Integer> REPORTED = report();

    /** ADDR_SIZE: psk_addr: its size, its int32 fields, and its data bytes (at most ADDR_DATA_MAX). */
    static final int ADDR_SIZE = number("ADDR_SIZE");
    static final int ADDR_FAMILY = number("ADDR_FAMILY");
    static final int ADDR_PORT = number("ADDR_PORT");
    static final int ADDR_FLOWINFO = number("ADDR_FLOWINFO");
    static final int ADDR_SCOPE_ID = number("ADDR_SCOPE_ID");
    static final int ADDR_LEN = number("ADDR_LEN");
    static final int ADDR_DATA = number("ADDR_DATA");
    static final int ADDR_DATA_MAX = number("ADDR_DATA_MAX");

    /** AI_HEADER: psk_getaddrinfo's answer: a header, then psk_ai_entry records. */
    static final int AI_HEADER = number("AI_HEADER");
    static final int AI_ENTRY_SIZE = number("AI_ENTRY_SIZE");
    static final int AI_FAMILY = number("AI_FAMILY");
    static final int AI_SOCKTYPE = number("AI_SOCKTYPE");
    static final int AI_PROTOCOL = number("AI_PROTOCOL");
    static final int AI_CANONNAME = number("AI_CANONNAME");
    static final int AI_ADDR = number("AI_ADDR");

    /** NI_SIZE: psk_getnameinfo's buffer: the host at 0, the service at NI_SERV_OFFSET. */
    static final int NI_SIZE = number("NI_SIZE");
    static final int NI_SERV_OFFSET = number("NI_SERV_OFFSET");

    /** HOSTENT_SIZE: psk_gethostby*'s answer: a psk_hostent, then addresses and names. */
    static final int HOSTENT_SIZE = number("HOSTENT_SIZE");
    static final int HOSTENT_ADDRTYPE = number("HOSTENT_ADDRTYPE");
    static final int HOSTENT_ADDRLEN = number("HOSTENT_ADDRLEN");
    static final int HOSTENT_NALIASES = number("HOSTENT_NALIASES");
    static final int HOSTENT_NADDRS = number("HOSTENT_NADDRS");

    /**
     * IF_ENTRY_SIZE: psk_if_nameindex's answer: psk_if_entry records, the name NUL-padded to
     * IF_NAME_MAX bytes.
     */
    static final int IF_ENTRY_SIZE = number("IF_ENTRY_SIZE");
    static final int IF_INDEX = number("IF_INDEX");
    static final int IF_NAME = number("IF_NAME");
    static final int IF_NAME_MAX = number("IF_NAME_MAX");

    /** IOV_SIZE: the platform's struct iovec, which psk_sendmsg/psk_recvmsg pass to the kernel as Java wrote it. */
    static final int IOV_SIZE = number("IOV_SIZE");
    static final int IOV_BASE = number("IOV_BASE");
    static final int IOV_LEN = number("IOV_LEN");

    /** ITEM_SIZE: a psk_cmsg_item header; its data follows, the next item at a multiple of ITEM_ALIGN. */
    static final int ITEM_SIZE = number("ITEM_SIZE");
    static final int ITEM_LEVEL = number("ITEM_LEVEL");
    static final int ITEM_TYPE = number("ITEM_TYPE");
    static final int ITEM_LEN = number("ITEM_LEN");
    static final int ITEM_ALIGN = number("ITEM_ALIGN");

    private Layout() {
    }

    /** load reads the layout now (the class's initialisation); a failure is the library's load failure. */
    static void load() {
        // The fields above are read by the class's initialisation, which calling this forces.
    }

    /** reported: every number the library reports, by name. */
    static Map<String, Integer> reported() {
        return REPORTED;
    }

    private static Map<String, Integer> report() {
        try {
            return Map.copyOf(NativeInfo.layout());
        } catch (OSError e) {
            throw new IllegalStateException("no memory to read psk_layout", e);
        }
    }

    private static int number(String name) {
        Integer v = REPORTED.get(name);
        if (v == null) {
            throw new IllegalStateException("libpysocket's psk_layout does not report " + name);
        }
        return v;
    }
}
