package dev.pysocket;

import dev.pysocket.internal.io.BufferedInput;
import dev.pysocket.internal.io.BufferedOutput;
import dev.pysocket.internal.io.FileErrors;
import dev.pysocket.internal.io.Newline;
import dev.pysocket.internal.io.RawIO;
import dev.pysocket.internal.io.TextEncoding;
import dev.pysocket.internal.io.TextReader;
import dev.pysocket.internal.io.TextWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * SocketFile: Python's file object over a socket, what {@code socket.makefile()} returns
 * (Lib/socket.py): the raw {@code SocketIO} (buffering 0), an {@code io.BufferedReader},
 * {@code BufferedWriter} or {@code BufferedRWPair} ("rb", "wb", "rwb"), or an
 * {@code io.TextIOWrapper} over one of them (no "b" in the mode). One class for all of them:
 * text calls ({@link #readline()}, {@link #read()}, {@link #write(CharSequence)}) on a text
 * file, binary calls ({@link #readlineBytes()}, {@link #readBytes()},
 * {@link #readinto(byte[])}, {@link #write(byte[])}) on a binary one.
 *
 * <p>Python's exceptions, mapped as everywhere in pysocket: OSErrors stay {@link OSError}s;
 * {@code io.UnsupportedOperation} ("not readable", "write", "File or stream is not
 * writable.", ...) and the ValueError of a closed file ("I/O operation on closed file.",
 * "read of closed file", ...), which are about the file's state rather than an argument,
 * are {@link IllegalStateException}s with CPython's messages; a text call on a binary file
 * or the reverse is one too. Decoding and encoding errors (UnicodeDecodeError, ...) are
 * {@link IllegalArgumentException}s with CPython's messages.
 *
 * <p>"No data" on a non-blocking socket (Python's None): {@link #readinto(byte[])} returns
 * -1 and {@link #readBytes()} / {@link #readBytes(int)} return null, where the file had
 * nothing at all; {@link #readline()}, {@link #readlineBytes()} and {@link #read(int)} return
 * what they have, possibly empty, as CPython does (so an empty result is not always the end
 * of the stream there). A write the socket cannot take raises {@link BlockingIOError} 11
 * (buffered), or returns -1 (buffering 0).
 *
 * <p>Lifetime (R17): the file holds a reference to the socket's descriptor, which stays open
 * until the socket and every file made from it are closed; the file keeps working after
 * {@code sock.close()}, and closing the file leaves the socket open. Bytes the file has read
 * ahead into its buffer belong to it: closing the file and reading the socket again does not
 * see them, as in Python. After a {@link TimeoutError} the file refuses reads with
 * "cannot read from timed out object" (its buffer may hold part of what was asked for).
 * Writing on an "rw" text file drops the text it had read ahead but not returned, as
 * CPython's TextIOWrapper does: use a file for each direction for pipelined protocols.
 *
 * <p>Not thread-safe, as Python's file objects are not meant to be shared (one thread reads,
 * another writes: make two files, "r" and "w").
 */
public final class SocketFile implements AutoCloseable {
    /** DEFAULT_BUFFER_SIZE: Python's {@code io.DEFAULT_BUFFER_SIZE}. */
    private static final int DEFAULT_BUFFER_SIZE = 8192;
    /** NOT_BYTES: IOBase.readline's error where read() gave None (a non-blocking socket). */
    private static final String NOT_BYTES = "read() should have returned a bytes object, not 'NoneType'";

    /** Kind: which Python class this file is. */
    private enum Kind { RAW, READER, WRITER, PAIR, TEXT }

    private final Kind kind;
    private final String mode;
    private final boolean reading;
    private final boolean writing;
    private final SocketIO raw;
    private final BufferedInput in;
    private final BufferedOutput out;
    private final TextReader textIn;
    private final TextWriter textOut;

    private SocketFile(Kind kind, String mode, boolean reading, boolean writing, SocketIO raw, BufferedInput in,
            BufferedOutput out, TextReader textIn, TextWriter textOut) {
        this.kind = kind;
        this.mode = mode;
        this.reading = reading;
        this.writing = writing;
        this.raw = raw;
        this.in = in;
        this.out = out;
        this.textIn = textIn;
        this.textOut = textOut;
    }

    /** open: Lib/socket.py {@code makefile}, every argument checked before the socket's reference is taken. */
    static SocketFile open(Socket sock, String mode, int buffering, String encoding, String errors, String newline) {
        Objects.requireNonNull(mode, "makefile() argument 'mode' must be str, not None");
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if (c != 'r' && c != 'w' && c != 'b') {
                throw new IllegalArgumentException("invalid mode '" + mode + "' (only r, w, b allowed)");
            }
        }
        boolean writing = mode.indexOf('w') >= 0;
        boolean reading = mode.indexOf('r') >= 0 || !writing;
        boolean binary = mode.indexOf('b') >= 0;
        int size = buffering < 0 ? DEFAULT_BUFFER_SIZE : buffering;
        if (size == 0 && !binary) {
            throw new IllegalArgumentException("unbuffered streams must be binary");
        }
        Newline nl = binary ? null : Newline.of(newline);
        TextEncoding enc = binary ? null : TextEncoding.lookup(encoding);
        SocketIO raw = new SocketIO(sock, reading, writing);
        String rawMode = (reading ? "r" : "") + (writing ? "w" : "") + "b";
        if (size == 0) {
            return new SocketFile(Kind.RAW, rawMode, reading, writing, raw, null, null, null, null);
        }
        BufferedInput in = reading ? new BufferedInput(raw, size) : null;
        BufferedOutput out = writing ? new BufferedOutput(raw, size) : null;
        if (binary) {
            Kind kind = reading && writing ? Kind.PAIR : reading ? Kind.READER : Kind.WRITER;
            return new SocketFile(kind, rawMode, reading, writing, raw, in, out, null, null);
        }
        return new SocketFile(Kind.TEXT, mode, reading, writing, raw, in, out,
                in == null ? null : new TextReader(in, enc, errors, nl),
                out == null ? null : new TextWriter(out, enc, errors, nl));
    }

    // ---- text ----

    /**
     * readline: Python's {@code readline()} on a text file: the next line with its line end
     * ("\n" after universal-newline translation, the default), or what is left at the end of
     * the stream; "" at the end of the stream.
     *
     * @return the line
     * @throws IllegalStateException on a binary, closed or write-only file
     * @throws IllegalArgumentException for bytes the encoding cannot decode (errors "strict")
     * @throws OSError the socket's error; "cannot read from timed out object" after a timeout
     */
    public String readline() throws OSError {
        return textReader("readline()", "readlineBytes()").readline();
    }

    /**
     * read: Python's {@code read()} on a text file: everything to the end of the stream.
     *
     * @return the text, "" at the end of the stream
     * @throws IllegalStateException on a binary, closed or write-only file
     * @throws IllegalArgumentException for bytes the encoding cannot decode (errors "strict");
     *         on a non-blocking socket with nothing at all, CPython's TypeError "can't concat
     *         NoneType to bytes"
     * @throws OSError the socket's error; "cannot read from timed out object" after a timeout
     */
    public String read() throws OSError {
        return textReader("read()", "readBytes()").read(-1);
    }

    /**
     * read: Python's {@code read(n)} on a text file: n code points (a surrogate pair is one),
     * fewer only at the end of the stream (or when a non-blocking socket has no more); a
     * negative n reads to the end.
     *
     * @param n how many code points
     * @return the text
     * @throws IllegalStateException on a binary, closed or write-only file
     * @throws IllegalArgumentException for bytes the encoding cannot decode (errors "strict")
     * @throws OSError the socket's error; "cannot read from timed out object" after a timeout
     */
    public String read(int n) throws OSError {
        return textReader("read(int)", "readBytes(int)").read(n);
    }

    /**
     * readlines: Python's {@code readlines()} on a text file: every line to the end of the
     * stream.
     *
     * @return the lines, each with its line end
     * @throws IllegalStateException on a binary, closed or write-only file
     * @throws IllegalArgumentException for bytes the encoding cannot decode (errors "strict")
     * @throws OSError the socket's error; "cannot read from timed out object" after a timeout
     */
    public List<String> readlines() throws OSError {
        if (kind == Kind.TEXT && raw.closed()) {
            throw FileErrors.closed(FileErrors.CLOSED_FILE);
        }
        return textReader("readlines()", "readlineBytes()").readlines();
    }

    /**
     * write: Python's {@code write(s)} on a text file: "\n" becomes the newline argument's
     * string, the text is encoded and kept until {@link #flush()}, {@link #close()} or 8192
     * bytes are pending.
     *
     * @param s the text
     * @return the number of code points written (all of s)
     * @throws NullPointerException for null
     * @throws IllegalStateException on a binary, closed or read-only file
     * @throws IllegalArgumentException for characters the encoding cannot encode (errors "strict")
     * @throws OSError the socket's error when the text goes out
     */
    public int write(CharSequence s) throws OSError {
        Objects.requireNonNull(s, "write() argument must be str, not None");
        if (kind != Kind.TEXT) {
            throw new IllegalStateException("a bytes-like object is required, not 'str'");
        }
        raw.checkClosed();
        if (!writing) {
            throw FileErrors.unsupported("not writable");
        }
        if (textIn != null) {
            textIn.forgetReadAhead();
        }
        return textOut.write(s);
    }

    // ---- binary ----

    /**
     * readlineBytes: Python's {@code readline()} on a binary file: through b"\n", or what is
     * left at the end of the stream; empty at the end of the stream.
     *
     * @return the line
     * @throws IllegalStateException on a text, closed or write-only file
     * @throws OSError the socket's error; "cannot read from timed out object" after a timeout;
     *         with buffering 0 on a non-blocking socket that has nothing, CPython's "read()
     *         should have returned a bytes object, not 'NoneType'"
     */
    public byte[] readlineBytes() throws OSError {
        binaryReading("readlineBytes()", "readline()", kind == Kind.PAIR ? "peek of closed file" : "readline of closed file");
        if (kind == Kind.RAW) {
            return rawReadline();
        }
        return in.readline(kind == Kind.PAIR);
    }

    /**
     * readBytes: Python's {@code read()} on a binary file: everything to the end of the stream.
     *
     * @return the bytes; null where Python returns None (a non-blocking socket had nothing)
     * @throws IllegalStateException on a text, closed or write-only file
     * @throws OSError the socket's error; "cannot read from timed out object" after a timeout
     */
    public byte[] readBytes() throws OSError {
        return readBytes(-1);
    }

    /**
     * readBytes: Python's {@code read(n)} on a binary file: buffered, n bytes, fewer only at
     * the end of the stream or when a non-blocking socket has no more; with buffering 0, one
     * {@code recv} of at most n bytes. A negative n reads to the end.
     *
     * @param n how many bytes
     * @return the bytes; null where Python returns None (a non-blocking socket had nothing)
     * @throws IllegalStateException on a text, closed or write-only file
     * @throws OSError the socket's error; "cannot read from timed out object" after a timeout
     */
    public byte[] readBytes(int n) throws OSError {
        binaryReading("readBytes()", "read()", "read of closed file");
        if (kind == Kind.RAW) {
            return n < 0 ? rawReadAll() : rawRead(n);
        }
        return in.read(n);
    }

    /**
     * readinto: Python's {@code readinto(b)} on a binary file: buffered, fills b unless the
     * stream ends first; with buffering 0, one {@code recv_into}.
     *
     * @param b where the bytes go, from index 0
     * @return how many bytes were read, 0 at the end of the stream, -1 where Python returns
     *         None (a non-blocking socket had nothing)
     * @throws NullPointerException for null
     * @throws IllegalStateException on a text, closed or write-only file
     * @throws OSError the socket's error; "cannot read from timed out object" after a timeout
     */
    public int readinto(byte[] b) throws OSError {
        Objects.requireNonNull(b, "readinto() argument must be read-write bytes-like object, not None");
        binaryReading("readinto(byte[])", "read(int)", "readinto of closed file");
        if (b.length == 0) {
            return 0;
        }
        return kind == Kind.RAW ? raw.readinto(b, 0, b.length) : in.readinto(b, 0, b.length);
    }

    /**
     * write: Python's {@code write(b)} on a binary file: buffered, kept until the buffer is
     * full, {@link #flush()} or {@link #close()}; with buffering 0, one {@code send}.
     *
     * @param b the bytes
     * @return how many bytes were taken: all of b when buffered; with buffering 0 what
     *         {@code send} took, -1 where Python returns None (a non-blocking socket had no room)
     * @throws NullPointerException for null
     * @throws IllegalStateException on a text, closed or read-only file
     * @throws OSError the socket's error; {@link BlockingIOError} 11 "write could not complete
     *         without blocking" when a non-blocking socket has no room for a buffered write
     */
    public int write(byte[] b) throws OSError {
        Objects.requireNonNull(b, "a bytes-like object is required, not 'NoneType'");
        if (kind == Kind.TEXT) {
            throw new IllegalStateException("write() argument must be str, not bytes");
        }
        if (kind == Kind.RAW) {
            return b.length == 0 ? rawWriteEmpty() : raw.write(b, 0, b.length);
        }
        if (kind == Kind.READER) {
            throw FileErrors.unsupported("write");
        }
        if (raw.closed()) {
            throw FileErrors.closed("write to closed file");
        }
        out.write(b, 0, b.length);
        return b.length;
    }

    // ---- both ----

    /**
     * flush: Python's {@code flush()}: what is buffered for writing goes to the socket; nothing
     * to do on a file that only reads.
     *
     * @throws IllegalStateException once closed
     * @throws OSError the socket's error
     */
    public void flush() throws OSError {
        if (raw.closed()) {
            boolean buffered = kind == Kind.WRITER || kind == Kind.PAIR;
            throw FileErrors.closed(buffered ? "flush of closed file" : FileErrors.CLOSED_FILE);
        }
        if (textOut != null) {
            textOut.flush();
        } else if (out != null) {
            out.flush();
        }
    }

    /**
     * close: Python's {@code close()}: flushes, then gives the file's reference to the
     * descriptor back (closing it if the socket is closed and this was its last file). The
     * socket stays open. Idempotent.
     *
     * @throws OSError the flush's error (the file is closed all the same), or the error of
     *         closing the descriptor
     */
    @Override
    public void close() throws OSError {
        if (raw.closed()) {
            return;
        }
        try {
            if (textOut != null) {
                textOut.flush();
            } else if (out != null) {
                out.flush();
            }
        } finally {
            raw.close();
        }
    }

    /**
     * closed: Python's {@code closed}.
     *
     * @return whether {@link #close()} ran
     */
    public boolean closed() {
        return raw.closed();
    }

    /**
     * fileno: Python's {@code fileno()}: the socket's descriptor (-1 once the socket's
     * descriptor is closed).
     *
     * @return the descriptor
     * @throws IllegalStateException once closed ("I/O operation on closed file."); on an "rw"
     *         or "rwb" buffered file, whose Python classes have no fileno ("fileno")
     */
    public int fileno() {
        if (reading && writing && kind != Kind.RAW) {
            throw FileErrors.unsupported("fileno");
        }
        return raw.fileno();
    }

    /**
     * mode: Python's {@code mode}: the mode given, for a text file; "rb", "wb" or "rwb" for a
     * binary one (Python's BufferedRWPair has no mode: "rwb" here).
     *
     * @return the mode
     */
    public String mode() {
        return mode;
    }

    /**
     * readable: Python's {@code readable()}.
     *
     * @return whether the file reads
     * @throws IllegalStateException "I/O operation on closed socket." once closed (where the
     *         file reads, or always with buffering 0, as Python's SocketIO)
     */
    public boolean readable() {
        return direction(reading);
    }

    /**
     * writable: Python's {@code writable()}.
     *
     * @return whether the file writes
     * @throws IllegalStateException "I/O operation on closed socket." once closed (where the
     *         file writes, or always with buffering 0, as Python's SocketIO)
     */
    public boolean writable() {
        return direction(writing);
    }

    private boolean direction(boolean flag) {
        if ((flag || kind == Kind.RAW) && raw.closed()) {
            throw FileErrors.closed(FileErrors.CLOSED_SOCKET);
        }
        return flag;
    }

    // ---- Java views ----

    /**
     * inputStream: this binary file as an {@link InputStream}: {@code read(byte[], int, int)}
     * returns what is buffered, else one {@code recv}; -1 at the end of the stream. Closing it
     * closes this file, not the socket. Where a non-blocking socket has no data it raises
     * {@link BlockingIOError} (an InputStream cannot say "no data").
     *
     * @return the view
     * @throws IllegalStateException on a text or write-only file
     */
    public InputStream inputStream() {
        if (kind == Kind.TEXT || !reading) {
            throw new IllegalStateException(kind == Kind.TEXT ? "inputStream() of a text file: use reader()" : "not readable");
        }
        return new SocketFileInput(this);
    }

    /**
     * outputStream: this binary file as an {@link OutputStream}; {@code flush()} and
     * {@code close()} are the file's, and closing it closes this file, not the socket.
     *
     * @return the view
     * @throws IllegalStateException on a text or read-only file
     */
    public OutputStream outputStream() {
        if (kind == Kind.TEXT || !writing) {
            throw new IllegalStateException(kind == Kind.TEXT ? "outputStream() of a text file: use writer()" : "not writable");
        }
        return new SocketFileOutput(this);
    }

    /**
     * reader: this text file as a {@link Reader} (decoded and newline-translated as
     * {@link #readline()} reads); a {@code java.io.BufferedReader} over it reads lines as
     * usual. Closing it closes this file, not the socket. Where a non-blocking socket has no
     * data it raises {@link BlockingIOError}.
     *
     * @return the view
     * @throws IllegalStateException on a binary or write-only file
     */
    public Reader reader() {
        if (kind != Kind.TEXT || !reading) {
            throw new IllegalStateException(kind != Kind.TEXT ? "reader() of a binary file: use inputStream()" : "not readable");
        }
        return new SocketFileReader(this);
    }

    /**
     * writer: this text file as a {@link Writer}; {@code flush()} and {@code close()} are the
     * file's, and closing it closes this file, not the socket.
     *
     * @return the view
     * @throws IllegalStateException on a binary or read-only file
     */
    public Writer writer() {
        if (kind != Kind.TEXT || !writing) {
            throw new IllegalStateException(kind != Kind.TEXT ? "writer() of a binary file: use outputStream()" : "not writable");
        }
        return new SocketFileWriter(this);
    }

    /**
     * toString: like Python's repr, e.g. {@code <_io.TextIOWrapper name=3 mode='r'>}.
     */
    @Override
    public String toString() {
        String cls = switch (kind) {
            case RAW -> "socket.SocketIO";
            case READER -> "_io.BufferedReader";
            case WRITER -> "_io.BufferedWriter";
            case PAIR -> "_io.BufferedRWPair";
            case TEXT -> "_io.TextIOWrapper";
        };
        StringBuilder b = new StringBuilder("<").append(cls);
        if (raw.closed()) {
            b.append(" [closed]");
        } else if (!(reading && writing) || kind == Kind.RAW) {
            b.append(" name=").append(raw.fileno());
        }
        return b.append(" mode='").append(mode).append("'>").toString();
    }

    // ---- helpers ----

    /**
     * readSome: the InputStream view's read: what is buffered, else one recv; -1 at the end of
     * the stream; BlockingIOError where a non-blocking socket has nothing.
     */
    int readSome(byte[] b, int off, int len) throws OSError {
        binaryReading("read(byte[], int, int)", "reader()", "read of closed file");
        int got = kind == Kind.RAW ? raw.readinto(b, off, len) : in.read1(b, off, len);
        return viewResult(got);
    }

    /** readChars: the Reader view's read: decoded characters, at least one unless the stream ended. */
    int readChars(char[] c, int off, int len) throws OSError {
        return viewResult(textReader("read(char[], int, int)", "inputStream()").readChars(c, off, len));
    }

    private static int viewResult(int got) throws BlockingIOError {
        if (got == RawIO.NO_DATA) {
            throw new BlockingIOError(Errno.EAGAIN, "Resource temporarily unavailable");
        }
        return got == 0 ? -1 : got;
    }

    private TextReader textReader(String op, String binaryTwin) {
        if (kind != Kind.TEXT) {
            throw new IllegalStateException(op + " of a binary file: use " + binaryTwin);
        }
        raw.checkClosed();
        if (!reading) {
            throw FileErrors.unsupported("not readable");
        }
        return textIn;
    }

    private void binaryReading(String op, String textTwin, String closedMessage) {
        if (kind == Kind.TEXT) {
            throw new IllegalStateException(op + " of a text file: use " + textTwin);
        }
        if (kind == Kind.WRITER) {
            throw FileErrors.unsupported("read");
        }
        if (kind == Kind.RAW) {
            raw.checkClosed();
            if (!reading) {
                throw FileErrors.unsupported("File or stream is not readable.");
            }
        } else if (raw.closed()) {
            throw FileErrors.closed(closedMessage);
        }
    }

    /** rawRead: RawIOBase.read(n): one readinto; null for None. */
    private byte[] rawRead(int n) throws OSError {
        if (n == 0) {
            return new byte[0];
        }
        byte[] b = new byte[n];
        int got = raw.readinto(b, 0, n);
        if (got == RawIO.NO_DATA) {
            return null;
        }
        return got == n ? b : java.util.Arrays.copyOf(b, got);
    }

    /** rawReadAll: RawIOBase.readall(): to the end; None if the first read had no data. */
    private byte[] rawReadAll() throws OSError {
        java.io.ByteArrayOutputStream acc = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[DEFAULT_BUFFER_SIZE];
        for (;;) {
            int got = raw.readinto(chunk, 0, chunk.length);
            if (got == RawIO.NO_DATA) {
                if (acc.size() == 0) {
                    return null;
                }
                break;
            }
            if (got == 0) {
                break;
            }
            acc.write(chunk, 0, got);
        }
        return acc.toByteArray();
    }

    /** rawReadline: IOBase.readline() over SocketIO: one byte per recv, as CPython (no peek). */
    private byte[] rawReadline() throws OSError {
        java.io.ByteArrayOutputStream acc = new java.io.ByteArrayOutputStream();
        byte[] one = new byte[1];
        for (;;) {
            int got = raw.readinto(one, 0, 1);
            if (got == RawIO.NO_DATA) {
                throw new OSError(NOT_BYTES);
            }
            if (got == 0) {
                break;
            }
            acc.write(one[0]);
            if (one[0] == '\n') {
                break;
            }
        }
        return acc.toByteArray();
    }

    /** rawWriteEmpty: SocketIO.write(b''): one send of nothing, as Python's. */
    private int rawWriteEmpty() throws OSError {
        return raw.write(new byte[0], 0, 0);
    }
}
