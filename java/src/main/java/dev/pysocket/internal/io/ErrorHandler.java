package dev.pysocket.internal.io;

/**
 * ErrorHandler: Python's codec error handlers (the {@code errors} argument, Lib/codecs.py,
 * Python/codecs.c) that a file supports. As in CPython the name is only looked up when an
 * error happens, so an unknown name raises at the first undecodable byte or unencodable
 * character, not when the file is made.
 */
enum ErrorHandler {
    STRICT, IGNORE, REPLACE, SURROGATEESCAPE, BACKSLASHREPLACE, XMLCHARREFREPLACE, NAMEREPLACE;

    /**
     * named: the handler called name (null is "strict").
     *
     * @throws IllegalArgumentException Python's LookupError "unknown error handler name 'x'";
     *         for "surrogatepass", which pysocket does not implement, a message saying so
     */
    static ErrorHandler named(String name) {
        if (name == null) {
            return STRICT;
        }
        return switch (name) {
            case "strict" -> STRICT;
            case "ignore" -> IGNORE;
            case "replace" -> REPLACE;
            case "surrogateescape" -> SURROGATEESCAPE;
            case "backslashreplace" -> BACKSLASHREPLACE;
            case "xmlcharrefreplace" -> XMLCHARREFREPLACE;
            case "namereplace" -> NAMEREPLACE;
            case "surrogatepass" -> throw new IllegalArgumentException(
                    "error handler 'surrogatepass' is not supported by pysocket");
            default -> throw new IllegalArgumentException("unknown error handler name '" + name + "'");
        };
    }
}
