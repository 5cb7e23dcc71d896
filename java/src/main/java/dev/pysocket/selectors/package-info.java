/**
 * Python's {@code selectors} module: {@link dev.pysocket.selectors.DefaultSelector} and its
 * siblings over {@code dev.pysocket.select}, with CPython's Lib/selectors.py semantics.
 */
package dev.pysocket.selectors;
