package dev.pysocket.select;

import java.util.List;

/**
 * SelectResult: what {@link Select#select} returns: Python's three lists of ready objects,
 * the same objects that were passed in.
 *
 * @param <T> the element type of the lists passed in
 * @param r the ready to read
 * @param w the ready to write
 * @param x those with an exceptional condition
 */
public record SelectResult<T>(List<T> r, List<T> w, List<T> x) {
    /**
     * SelectResult: copies the lists (unmodifiable).
     *
     * @param r the ready to read
     * @param w the ready to write
     * @param x those with an exceptional condition
     */
    public SelectResult {
        r = List.copyOf(r);
        w = List.copyOf(w);
        x = List.copyOf(x);
    }
}
