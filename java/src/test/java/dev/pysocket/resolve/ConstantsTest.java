package dev.pysocket.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.Platform;
import dev.pysocket.support.BackendTest;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The constants against python3's own socket module (docs/python-semantics.md §1.4): every int constant
 * Python has on this machine is a field of {@link Sockets} with the same value and
 * {@code has} answers true for it; every constant field of Sockets is one of Python's.
 */
class ConstantsTest extends BackendTest {
    /** Python's int constants, NAME to value, read once per JVM. */
    private static Map<String, Long> python;

    private static synchronized Map<String, Long> python() throws IOException, InterruptedException {
        if (python == null) {
            String script = "import socket\n"
                    + "for n in dir(socket):\n"
                    + "    v = getattr(socket, n)\n"
                    + "    if n.isupper() and isinstance(v, int):\n"
                    + "        print(n, int(v))\n";
            String out = Python3.run(script);
            Map<String, Long> m = new TreeMap<>();
            for (String line : out.split("\n")) {
                String[] f = line.trim().split(" ");
                if (f.length == 2) {
                    m.put(f[0], Long.parseLong(f[1]));
                }
            }
            python = m;
        }
        return python;
    }

    private static Map<String, Field> fields() {
        Map<String, Field> m = new TreeMap<>();
        for (Field f : Sockets.class.getFields()) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) && Modifier.isFinal(mod) && (f.getType() == int.class || f.getType() == long.class)) {
                m.put(f.getName(), f);
            }
        }
        return m;
    }

    /** 1.4: each of Python's constants is a Sockets field holding Python's value. */
    @Test
    void everyPythonConstantExistsWithPythonsValue() throws Exception {
        Map<String, Field> fields = fields();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Long> e : python().entrySet()) {
            Field f = fields.get(e.getKey());
            if (f == null) {
                if (!bluez(e.getKey())) {
                    wrong.add(e.getKey() + " missing");
                }
            } else if (f.getLong(null) != e.getValue()) {
                wrong.add(e.getKey() + "=" + f.getLong(null) + ", python " + e.getValue());
            } else if (Sockets.has(e.getKey()) != usable(e.getKey())) {
                wrong.add(e.getKey() + ": has() is " + Sockets.has(e.getKey()));
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " constants differ from python3: " + wrong);
    }

    /** 1.4: Sockets declares no constant Python lacks (a platform-specific name must be asked with has). */
    @Test
    void everySocketsConstantIsOneOfPythons() throws Exception {
        List<String> extra = new ArrayList<>(fields().keySet());
        extra.removeAll(python().keySet());
        assertTrue(extra.isEmpty(), () -> "not in python3's socket module: " + extra);
    }

    /**
     * usable: what has(name) answers for one of Python's constants: true, unless the constant
     * exists only for a capability this backend lacks.
     */
    private static boolean usable(String name) {
        Capability needs = Capability.gating(name);
        return needs == null || Backends.chosen().has(needs);
    }

    /** has is false exactly for the constants of the capabilities the backend lacks (none on native). */
    @Test
    void hasIsFalseForTheConstantsOfAMissingCapability() throws Exception {
        for (Capability c : Capability.values()) {
            for (String name : c.constants()) {
                assertEquals(Backends.chosen().has(c), Sockets.has(name), () -> name + " of " + c + " on " + backend);
            }
        }
        assertEquals(EnumSet.allOf(Capability.class), Backends.named("native").capabilities(), "native has them all");
    }

    /** has answers like hasattr: unknown names and errno names other than the three re-exports are false. */
    @Test
    void hasAnswersLikeHasattr() {
        assertTrue(Sockets.has("AF_INET"));
        assertTrue(Sockets.has("EWOULDBLOCK"));
        assertTrue(Sockets.has("CAN_BCM_TX_SETUP"));
        assertFalse(Sockets.has("AF_NO_SUCH_FAMILY"));
        assertFalse(Sockets.has("ECONNREFUSED"));
    }

    /** hasIpv6 is python3's socket.has_ipv6 on this machine (IPv6 built in). */
    @Test
    void hasIpv6MatchesPython() throws Exception {
        assertEquals(Python3.run("import socket\nprint(socket.has_ipv6)\n").trim(), Sockets.hasIpv6() ? "True" : "False");
    }

    /** 1.4: values above 2^31-1 are long fields with Python's value, not the int bit pattern. */
    @Test
    void wideConstantsHoldPythonsUnsignedValues() {
        assertEquals(4294967295L, Sockets.INADDR_BROADCAST);
        assertEquals(2147483648L, Sockets.CAN_EFF_FLAG);
        assertEquals(-1, Sockets.TIPC_WAIT_FOREVER);
    }

    /** Errno holds every name of python3's errno module, and errorcode picks Python's alias. */
    @Test
    void errnoMatchesPythonsErrnoModule() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String line : Python3.run("import errno\nfor n in dir(errno):\n    if n.startswith('E'): print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])\n").lines().toList()) {
            String[] f = line.split(" ");
            int value = Integer.parseInt(f[1]);
            try {
                if (Errno.class.getField(f[0]).getInt(null) != value || !f[2].equals(Errno.errorcode(value))) {
                    wrong.add(line + " vs " + Errno.class.getField(f[0]).getInt(null) + " " + Errno.errorcode(value));
                }
            } catch (NoSuchFieldException e) {
                wrong.add(f[0] + " missing");
            }
        }
        assertTrue(wrong.isEmpty(), () -> "Errno differs from python3: " + wrong);
    }

    /**
     * errorcode names an errno for exactly the numbers python3's errno.errorcode has, whatever
     * else the constant table holds (EAI_* codes, and flags such as MSG_* whose names do not
     * start with E, but also names like EPOLLIN that do).
     */
    @Test
    void errorcodeKnowsOnlyPythonsErrnoNumbers() throws Exception {
        Map<Integer, String> python = new TreeMap<>();
        for (String line : Python3.run("import errno\nfor n, name in errno.errorcode.items(): print(n, name)\n").lines().toList()) {
            String[] f = line.split(" ");
            python.put(Integer.parseInt(f[0]), f[1]);
        }
        List<String> wrong = new ArrayList<>();
        for (int value : new TreeSet<>(Platform.constants().values())) {
            if (!Objects.equals(python.get(value), Errno.errorcode(value))) {
                wrong.add(value + ": " + Errno.errorcode(value) + ", python " + python.get(value));
            }
        }
        assertTrue(wrong.isEmpty(), () -> "errorcode differs from python3's errno.errorcode: " + wrong);
    }

    /**
     * bluez: the names a python3 built with BlueZ headers adds (Debian's 3.11.2 has 359
     * constants, 1.4); they depend on how python3 was built, not on the platform.
     */
    private static boolean bluez(String name) {
        return name.equals("AF_BLUETOOTH") || name.equals("SOL_HCI") || name.startsWith("BTPROTO_")
                || name.startsWith("HCI_") || name.startsWith("BDADDR_");
    }
}
