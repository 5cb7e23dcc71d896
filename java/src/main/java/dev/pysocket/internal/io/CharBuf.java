package dev.pysocket.internal.io;

import java.util.Arrays;

/** CharBuf: decoded characters not yet returned, chars[pos, lim); grows as needed. */
final class CharBuf {
    char[] chars;
    int pos;
    int lim;

    CharBuf(int capacity) {
        chars = new char[capacity];
    }

    int available() {
        return lim - pos;
    }

    /** room makes space for n more characters after lim, moving what is left to the front first. */
    void room(int n) {
        if (lim + n <= chars.length) {
            return;
        }
        int left = lim - pos;
        if (left + n <= chars.length && pos > 0) {
            System.arraycopy(chars, pos, chars, 0, left);
        } else {
            char[] bigger = new char[Math.max(chars.length * 2, left + n)];
            System.arraycopy(chars, pos, bigger, 0, left);
            chars = bigger;
        }
        pos = 0;
        lim = left;
    }

    void append(char c) {
        room(1);
        chars[lim++] = c;
    }

    void append(String s) {
        room(s.length());
        s.getChars(0, s.length(), chars, lim);
        lim += s.length();
    }

    /** take returns the next n characters as a String and consumes them. */
    String take(int n) {
        String s = new String(chars, pos, n);
        pos += n;
        if (pos == lim) {
            pos = 0;
            lim = 0;
        }
        return s;
    }

    void clear() {
        pos = 0;
        lim = 0;
    }

    @Override
    public String toString() {
        return new String(Arrays.copyOfRange(chars, pos, lim));
    }
}
