package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.AF_UNIX;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.SockAddr;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * JdkUnixAddresses converts AF_UNIX SockAddrs (path bytes, R27) to the JDK's
 * {@link UnixDomainSocketAddress} and back.
 *
 * <p>The JDK names sockets by {@link Path}, which it turns into bytes with the platform
 * encoding ({@code sun.jnu.encoding}), so only names that survive that round trip exactly
 * are sent to the kernel. The JDK has no form for Linux's abstract names (a leading 0
 * byte), for autobind (the JDK's own empty-path bind picks a temp file instead) or for
 * bytes the encoding cannot decode: those raise OSError EOPNOTSUPP naming the backend,
 * never a different name.
 */
final class JdkUnixAddresses {
    /**
     * JDK_PATH_MAX: the JDK refuses a path of 107 bytes ("Unix domain path too long"), one short of
     * Linux's limit.
     */
    private static final int JDK_PATH_MAX = 106;

    /** FS: what the JDK encodes Path strings with on this platform. */
    private static final Charset FS = fsCharset();

    private JdkUnixAddresses() {
    }

    /** toJdk converts a path name; abstract names, autobind and unrepresentable bytes are unsupported. */
    static UnixDomainSocketAddress toJdk(SockAddr a) throws OSError {
        if (a.family() != AF_UNIX) {
            throw OSError.of(Errno.EINVAL); // Linux's unix_mkname: a foreign sun_family
        }
        byte[] bytes = a.addr();
        if (bytes.length == 0) {
            throw JdkBackend.INSTANCE.unsupported(Capability.UNIX_ABSTRACT, "AF_UNIX autobind (bind(''))");
        }
        if (bytes[0] == 0) {
            throw JdkBackend.INSTANCE.unsupported(Capability.UNIX_ABSTRACT, "the AF_UNIX abstract namespace");
        }
        if (bytes.length > JDK_PATH_MAX) {
            throw JdkBackend.INSTANCE.unsupported(Capability.UNIX_LONG_PATHS,
                    "an AF_UNIX path of " + bytes.length + " bytes (the JDK takes " + JDK_PATH_MAX + ")");
        }
        String text = decodeExactly(bytes);
        if (text == null || text.indexOf('\0') >= 0) {
            throw JdkBackend.INSTANCE.unsupported(Capability.UNIX_BYTE_NAMES, "an AF_UNIX path that is not valid " + FS.name());
        }
        try {
            return UnixDomainSocketAddress.of(Path.of(text));
        } catch (InvalidPathException e) {
            OSError err = JdkBackend.INSTANCE.unsupported(Capability.UNIX_BYTE_NAMES, "AF_UNIX path " + text);
            err.initCause(e);
            throw err;
        }
    }

    /** fromJdk converts what the JDK reports; null or an empty path is the unnamed address. */
    static SockAddr fromJdk(SocketAddress sa) {
        if (!(sa instanceof UnixDomainSocketAddress u)) {
            return new SockAddr(AF_UNIX, new byte[0], 0, 0, 0);
        }
        return new SockAddr(AF_UNIX, u.getPath().toString().getBytes(FS), 0, 0, 0);
    }

    /** of returns the SockAddr of a path, in the bytes the JDK hands the kernel for it. */
    static SockAddr of(Path path) {
        return new SockAddr(AF_UNIX, path.toString().getBytes(FS), 0, 0, 0);
    }

    /** pathOf returns the file a bound name lives at, or null for none. */
    static Path pathOf(SocketAddress sa) {
        if (sa instanceof UnixDomainSocketAddress u && !u.getPath().toString().isEmpty()) {
            return u.getPath();
        }
        return null;
    }

    /** decodeExactly returns the text that FS encodes back to exactly bytes, or null. */
    private static String decodeExactly(byte[] bytes) {
        CharsetDecoder d = FS.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = d.decode(ByteBuffer.wrap(bytes));
            String text = chars.toString();
            return java.util.Arrays.equals(text.getBytes(FS), bytes) ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset fsCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
