package dev.pysocket.internal.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * TextEncoding: a file's encoding: the Java charset and the name Python's codec gives itself
 * in its error messages ({@code 'utf-8' codec can't decode ...}, Objects/exceptions.c).
 *
 * @param charset the charset bytes are decoded and encoded with
 * @param pythonName the codec's name as Python prints it ("utf-8", "ascii", "latin-1", ...)
 */
public record TextEncoding(Charset charset, String pythonName) {
    /**
     * DEFAULT: UTF-8. Python's default is the locale's encoding ({@code io.text_encoding}),
     * which is UTF-8 on most Linux systems; a Java library should not depend on the locale.
     */
    public static final TextEncoding DEFAULT = new TextEncoding(StandardCharsets.UTF_8, "utf-8");

    /** utf8: whether this is UTF-8, where '\n' and '\r' bytes never occur inside a character. */
    public boolean utf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /**
     * lookup: Python's {@code codecs.lookup(name)} over Java's charsets: null is the default;
     * Python spellings such as "utf_8", "latin-1", "u8" are accepted.
     *
     * @throws IllegalArgumentException Python's LookupError, "unknown encoding: name"
     */
    public static TextEncoding lookup(String name) {
        if (name == null) {
            return DEFAULT;
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String alias = switch (n) {
            case "u8", "utf", "utf8", "utf-8", "cp65001" -> "UTF-8";
            case "latin-1", "latin1", "l1", "iso8859-1", "iso-8859-1", "8859", "cp819" -> "ISO-8859-1";
            case "ascii", "us-ascii", "646" -> "US-ASCII";
            default -> n;
        };
        Charset cs;
        try {
            cs = Charset.forName(alias);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding: " + name, e);
        }
        return new TextEncoding(cs, pythonName(cs));
    }

    private static String pythonName(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return "utf-8";
        }
        if (cs.equals(StandardCharsets.US_ASCII)) {
            return "ascii";
        }
        if (cs.equals(StandardCharsets.ISO_8859_1)) {
            return "latin-1";
        }
        return cs.name().toLowerCase(Locale.ROOT);
    }
}
