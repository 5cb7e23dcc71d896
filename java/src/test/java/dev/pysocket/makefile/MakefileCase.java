package dev.pysocket.makefile;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * MakefileCase: one makefile scenario that python3 and pysocket both run (see
 * resources/peers/makefile_reference.py for the ops): the makefile arguments, the bytes the
 * peer sends first (then shuts down its writing side when eof), and the ops on the file.
 * splitAt (pysocket only) delivers the input in two parts, the second 30 ms later, so that
 * line ends and characters cross a chunk boundary; CPython's result does not depend on it.
 */
record MakefileCase(String mode, int buffering, String encoding, String errors, String newline, boolean eof,
        byte[] input, List<String> ops, int splitAt) {

    static MakefileCase reading(String mode, int buffering, String newline, String input, String... ops) {
        return new MakefileCase(mode, buffering, null, null, newline, true, input.getBytes(StandardCharsets.UTF_8),
                List.of(ops), -1);
    }

    MakefileCase split(int at) {
        return new MakefileCase(mode, buffering, encoding, errors, newline, eof, input, ops, at);
    }

    MakefileCase coding(String enc, String err) {
        return new MakefileCase(mode, buffering, enc, err, newline, eof, input, ops, splitAt);
    }

    MakefileCase bytes(byte[] data) {
        return new MakefileCase(mode, buffering, encoding, errors, newline, eof, data, ops, splitAt);
    }

    MakefileCase open() {
        return new MakefileCase(mode, buffering, encoding, errors, newline, false, input, ops, splitAt);
    }

    /** line: the case as makefile_reference.py reads it. */
    String line() {
        return String.join("|", mode, Integer.toString(buffering), opt(encoding), opt(errors), opt(newline), eof ? "y" : "n",
                HexFormat.of().formatHex(input), String.join(" ", ops));
    }

    private static String opt(String s) {
        return s == null ? "~" : HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** write: the op writing s (UTF-16-LE, so that lone surrogates travel). */
    static String write(String s) {
        return "write:" + utf16(s);
    }

    /** writeBytes: the op writing bytes on a binary file. */
    static String writeBytes(String ascii) {
        return "write:" + HexFormat.of().formatHex(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** utf16: s as UTF-16-LE hex, char by char (Java's encoder would replace a lone surrogate). */
    static String utf16(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(String.format("%02x%02x", c & 0xff, c >> 8));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "makefile(" + show(mode) + ", " + buffering + ", " + show(encoding) + ", " + show(errors) + ", "
                + show(newline) + ") " + (eof ? "" : "[open] ") + show(new String(input, StandardCharsets.ISO_8859_1))
                + (splitAt >= 0 ? " split@" + splitAt : "") + " " + ops;
    }

    private static String show(String s) {
        return s == null ? "None" : "'" + s.replace("\r", "\\r").replace("\n", "\\n") + "'";
    }
}
