package dev.pysocket.internal.jdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * EtcFiles reads /etc/services and /etc/protocols as glibc's "files" NSS backend does: one
 * entry per line ("name port/proto aliases..." and "name number aliases..."), '#' starts a
 * comment, names and aliases compare case-sensitively, the first matching line wins. A
 * missing file has no entries (glibc then finds nothing either). Read on each call: the
 * files are small and lookups are rare.
 */
final class EtcFiles {
    /** Service: one /etc/services line. */
    record Service(String name, int port, String proto, List<String> aliases) {
    }

    /** Protocol: one /etc/protocols line. */
    record Protocol(String name, int number, List<String> aliases) {
    }

    private static final Path SERVICES = Path.of("/etc/services");
    private static final Path PROTOCOLS = Path.of("/etc/protocols");

    private EtcFiles() {
    }

    /** service returns the first entry named (or aliased) name for proto (null = any), or null. */
    static Service service(String name, String proto) {
        for (Service s : services()) {
            if ((proto == null || s.proto.equals(proto)) && (s.name.equals(name) || s.aliases.contains(name))) {
                return s;
            }
        }
        return null;
    }

    /** serviceByPort returns the first entry for port and proto (null = any), or null. */
    static Service serviceByPort(int port, String proto) {
        for (Service s : services()) {
            if (s.port == port && (proto == null || s.proto.equals(proto))) {
                return s;
            }
        }
        return null;
    }

    /** protocol returns the first entry named (or aliased) name, or null. */
    static Protocol protocol(String name) {
        for (String[] f : lines(PROTOCOLS)) {
            if (f.length >= 2 && isNumber(f[1])) {
                List<String> aliases = Arrays.asList(f).subList(2, f.length);
                if (f[0].equals(name) || aliases.contains(name)) {
                    return new Protocol(f[0], Integer.parseInt(f[1]), aliases);
                }
            }
        }
        return null;
    }

    private static List<Service> services() {
        List<Service> out = new ArrayList<>();
        for (String[] f : lines(SERVICES)) {
            int slash = f.length >= 2 ? f[1].indexOf('/') : -1;
            if (slash > 0 && isNumber(f[1].substring(0, slash))) {
                int port = Integer.parseInt(f[1].substring(0, slash));
                if (port <= 0xFFFF) {
                    out.add(new Service(f[0], port, f[1].substring(slash + 1), Arrays.asList(f).subList(2, f.length)));
                }
            }
        }
        return out;
    }

    private static List<String[]> lines(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>(raw.size());
        for (String line : raw) {
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!text.isEmpty()) {
                out.add(text.split("[ \t]+"));
            }
        }
        return out;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
