package dev.pysocket.internal.io;

/**
 * Newline: TextIOWrapper's {@code newline} argument (Lib/_pyio.py TextIOWrapper.__init__):
 * <ul>
 *   <li>null (None): lines end at "\n", "\r" or "\r\n", each read as "\n"; "\n" is written as
 *       the platform's line separator, "\n" on Linux;</li>
 *   <li>"": lines end at "\n", "\r" or "\r\n", returned as they came; nothing translated;</li>
 *   <li>"\n", "\r", "\r\n": lines end only there, returned as they came; "\n" is written as
 *       that string.</li>
 * </ul>
 *
 * @param readUniversal lines end at any of "\n", "\r", "\r\n"
 * @param readTranslate "\r\n" and "\r" are read as "\n"
 * @param readNewline the one line end when not universal
 * @param writeNewline what "\n" becomes on write, null for no translation
 */
public record Newline(boolean readUniversal, boolean readTranslate, String readNewline, String writeNewline) {
    /**
     * of: the mode for Python's newline argument.
     *
     * @throws IllegalArgumentException Python's ValueError "illegal newline value: x"
     */
    public static Newline of(String newline) {
        if (newline == null) {
            return new Newline(true, true, null, null); // os.linesep is "\n": nothing to translate
        }
        return switch (newline) {
            case "" -> new Newline(true, false, null, null);
            case "\n" -> new Newline(false, false, "\n", null);
            case "\r", "\r\n" -> new Newline(false, false, newline, newline);
            default -> throw new IllegalArgumentException("illegal newline value: " + newline);
        };
    }
}
