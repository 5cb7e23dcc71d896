package dev.pysocket.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PyRepr formats values as Python prints them: the repr of str, bytes, lists and tuples, and
 * of the socket module's enums ({@code <AddressFamily.AF_INET: 2>}). The result records
 * ({@code AddrInfo}, {@code Accepted}, ...) build their {@code toString()} from these pieces,
 * so that each prints as the tuple Python returns.
 */
public final class PyRepr {
    private PyRepr() {
    }

    /** tuple: Python's repr of a tuple whose items print as itemReprs: {@code (a, b)}, and {@code (a,)} for one. */
    public static String tuple(String... itemReprs) {
        return "(" + String.join(", ", itemReprs) + (itemReprs.length == 1 ? ",)" : ")");
    }

    /**
     * of: Python's repr of a value as the records hold it: null is None, a String a str, a
     * byte[] a bytes object, a List a list, a Boolean True or False; anything else prints its
     * own toString(), which for numbers, {@code Address}, {@code Socket} and the result
     * records is already Python's repr.
     */
    public static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return str(s);
        }
        if (value instanceof byte[] b) {
            return bytes(b);
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (Object item : list) {
                b.append(b.length() > 1 ? ", " : "").append(of(item));
            }
            return b.append(']').toString();
        }
        return value.toString();
    }

    /** addressFamily: the repr of {@code socket.AddressFamily(value)}, e.g. {@code <AddressFamily.AF_INET: 2>}; a bare int if no AF_ name has the value. */
    public static String addressFamily(int value) {
        return member("AddressFamily", EnumNames.ADDRESS_FAMILY.get(value), value);
    }

    /** socketKind: the repr of {@code socket.SocketKind(value)}, e.g. {@code <SocketKind.SOCK_STREAM: 1>}; a bare int if no SOCK_ name has the value. */
    public static String socketKind(int value) {
        return member("SocketKind", EnumNames.SOCKET_KIND.get(value), value);
    }

    private static String member(String enumName, String name, int value) {
        return name == null ? Integer.toString(value) : "<" + enumName + "." + name + ": " + value + ">";
    }

    /**
     * EnumNames: value to member name for the enums Lib/socket.py makes with
     * {@code IntEnum._convert_} from the module's AF_* and SOCK_* names. Where names share a
     * value, _convert_ sorts members by (value, name), so the first name in code point order
     * is the one repr shows (AF_NETLINK, not AF_ROUTE). Built on first use, from the
     * platform's constants.
     */
    private static final class EnumNames {
        static final Map<Integer, String> ADDRESS_FAMILY = byValue("AF_");
        static final Map<Integer, String> SOCKET_KIND = byValue("SOCK_");

        private static Map<Integer, String> byValue(String prefix) {
            Map<Integer, String> names = new HashMap<>();
            Platform.constants().forEach((name, value) -> {
                if (name.startsWith(prefix) && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                        && ConstantNames.isSocketModuleName(name)) {
                    names.merge(value, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            });
            return Map.copyOf(names);
        }
    }

    /** str returns Python's repr of a str: single quotes unless the text holds one and no double quote. */
    public static String str(String s) {
        if (s == null) {
            return "None";
        }
        char quote = quote(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // A str shows every other character as itself, non-ASCII included.
            appendEscaped(b, c, quote, c < 0x20 || c == 0x7f);
        }
        return b.append(quote).toString();
    }

    /** bytes returns Python's repr of a bytes object, e.g. {@code b'\x00name'} (abstract AF_UNIX names, R27). */
    public static String bytes(byte[] v) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : v) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = quote(single, dbl);
        StringBuilder b = new StringBuilder(v.length + 3).append('b').append(quote);
        for (byte x : v) {
            int c = x & 0xff;
            // A bytes literal is ASCII: every byte from 0x7f up is a \x escape.
            appendEscaped(b, c, quote, c < 0x20 || c >= 0x7f);
        }
        return b.append(quote).toString();
    }

    /** quote: Python's choice for a literal, single quotes unless it holds one and no double quote. */
    private static char quote(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    /**
     * appendEscaped writes one character of a str or bytes literal as repr does: the quote and
     * backslash escaped, \n \r \t by name, {@code \xNN} where hex says (the two literals differ
     * only in which characters that is), else the character itself.
     */
    private static void appendEscaped(StringBuilder b, int c, char quote, boolean hex) {
        if (c == quote || c == '\\') {
            b.append('\\').append((char) c);
        } else if (c == '\n') {
            b.append("\\n");
        } else if (c == '\r') {
            b.append("\\r");
        } else if (c == '\t') {
            b.append("\\t");
        } else if (hex) {
            b.append(String.format("\\x%02x", c));
        } else {
            b.append((char) c);
        }
    }
}
