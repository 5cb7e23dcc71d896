package dev.pysocket;

import dev.pysocket.internal.Backend;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.ConstantNames;
import dev.pysocket.internal.Platform;
import java.util.Objects;

/**
 * ModuleAttributes answers Python's {@code hasattr(socket, name)} for a constant: the
 * platform must define it, it must be a socket module name, and the backend new sockets use
 * must have the {@link Capability} the constant exists for.
 */
final class ModuleAttributes {
    private ModuleAttributes() {
    }

    /** has: see {@link Sockets#has(String)}. */
    static boolean has(String constantName) {
        Objects.requireNonNull(constantName, "attribute name must be string, not 'NoneType'");
        if (!Platform.has(constantName) || !ConstantNames.isSocketModuleName(constantName)) {
            return false;
        }
        Capability needs = Capability.gating(constantName);
        Backend b = Backends.chosen();
        return needs == null || b == null || b.has(needs);
    }
}
