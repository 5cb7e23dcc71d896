package dev.pysocket.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * BackendsUnderTest: the backends a {@link BothBackends} class runs on, from the system property
 * {@value #PROPERTY}: a comma-separated list of "native" and "jdk", default "native,jdk". The
 * build's second test pass sets it to "native" to run the native variants again on the other
 * binding (java/pom.xml, execution native-jna) without repeating the jdk ones.
 */
public final class BackendsUnderTest implements ArgumentsProvider {
    /** PROPERTY: the system property naming the backends. */
    public static final String PROPERTY = "pysocket.test.backends";
    /** DEFAULT: every backend, native first. */
    public static final String DEFAULT = "native,jdk";

    /**
     * names: the backends the property asks for, in its order; IllegalArgumentException for an
     * empty list, a repeated name or a name other than native and jdk, so a typo cannot make a
     * pass run nothing.
     */
    public static List<String> names() {
        String value = System.getProperty(PROPERTY, "");
        if (value.isBlank()) {
            value = DEFAULT;
        }
        List<String> names = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!name.equals("native") && !name.equals("jdk") || names.contains(name)) {
                throw new IllegalArgumentException(PROPERTY + " must list native and/or jdk once each, not '" + value + "'");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return names().stream().map(Arguments::of);
    }
}
