package io.ledgerbridge.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine's packages stand in the layers docs/architecture.md draws: each uses only packages below it. */
class PackageGraphTest {
    private static final Path SOURCES = Path.of("src/main/java/io/ledgerbridge/engine/internal");
    private static final Pattern USE =
            Pattern.compile("io\\.ledgerbridge\\.engine\\.internal\\.([a-z]+)\\.([A-Z]\\w*)");
    /** Each package with the packages it may use; bottom first. */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "db", Set.of(),
            "connections", Set.of(),
            "tenants", Set.of("db"),
            "transfer", Set.of("db", "connections"),
            "imports", Set.of("db", "connections", "transfer"),
            "documents", Set.of("db", "connections", "tenants", "transfer", "imports"),
            "admin", Set.of("db", "connections", "tenants", "transfer"),
            "core", Set.of("db", "connections", "tenants", "transfer", "imports", "documents"));

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertTrue(uses.containsKey("core -> transfer"), "the sources were found at " + SOURCES.toAbsolutePath());
        List<String> breaches = new ArrayList<>();
        uses.forEach((use, classes) -> {
            String[] fromTo = use.split(" -> ");
            Set<String> allowed = MAY_USE.get(fromTo[0]);
            if (allowed == null) {
                breaches.add(
                        "package " + fromTo[0] + " has no place in the layers yet (add it to MAY_USE and the docs)");
            } else if (!allowed.contains(fromTo[1])) {
                breaches.add(use + " (" + String.join(", ", classes) + ")");
            }
        });
        assertEquals(List.of(), breaches);
    }

    @Test
    void theLayersHaveNoCycle() {
        Set<String> placed = new HashSet<>();
        while (placed.size() < MAY_USE.size()) {
            List<String> next = MAY_USE.entrySet().stream()
                    .filter(e -> !placed.contains(e.getKey()))
                    .filter(e -> placed.containsAll(e.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
            assertTrue(
                    !next.isEmpty(),
                    "a cycle among "
                            + MAY_USE.keySet().stream()
                                    .filter(p -> !placed.contains(p))
                                    .toList());
            placed.addAll(next);
        }
    }

    /** "from -> to" with the classes of "from" that use "to". */
    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file).getName(0).toString();
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        out.computeIfAbsent(from + " -> " + m.group(1), k -> new TreeSet<>())
                                .add(file.getFileName().toString().replace(".java", ""));
                    }
                }
            }
        }
        return out;
    }
}
