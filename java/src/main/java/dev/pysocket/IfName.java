package dev.pysocket;

import dev.pysocket.internal.PyRepr;

/**
 * IfName: one entry of {@link Sockets#ifNameindex()}, Python's {@code (index, name)} pair.
 *
 * @param index the interface's index
 * @param name the interface's name
 */
public record IfName(int index, String name) {
    /** toString: Python's repr of the pair, e.g. {@code (1, 'lo')}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(index), PyRepr.of(name));
    }
}
