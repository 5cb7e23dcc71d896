/**
 * Python's {@code socketserver} module (CPython Lib/socketserver.py), written over pysocket's
 * public {@code Socket} and {@code selectors} API only, as CPython's is over {@code socket} and
 * {@code selectors}. A server takes a factory of request handlers (a constructor reference such
 * as {@code EchoHandler::new}) where Python takes the handler class.
 */
package dev.pysocket.socketserver;
