/** The README's demo: a pysocket echo server and client on loopback, a user of the library like any other. */
module dev.pysocket.demo {
    requires dev.pysocket;
}
