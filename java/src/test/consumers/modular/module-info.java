/** A project that uses pysocket on the module path (JNA's jar comes with it as module com.sun.jna). */
module com.example.consumer {
    requires dev.pysocket;
}
