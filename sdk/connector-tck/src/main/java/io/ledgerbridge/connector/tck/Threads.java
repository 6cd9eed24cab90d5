package io.ledgerbridge.connector.tck;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Live threads of this JVM, and which of them started since a moment. */
final class Threads {
    private Threads() {}

    static Set<Thread> live() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .collect(Collectors.toSet());
    }

    /** Threads alive now that were not before, except those whose name starts with an ignored prefix. */
    static List<Thread> startedSince(Set<Thread> before, Set<String> ignoredPrefixes) {
        return live().stream()
                .filter(t -> !before.contains(t))
                .filter(t -> ignoredPrefixes.stream().noneMatch(t.getName()::startsWith))
                .toList();
    }

    static String describe(List<Thread> threads) {
        return threads.stream()
                .map(t -> "\"" + t.getName() + "\" (" + t.getState() + ") at "
                        + Arrays.stream(t.getStackTrace())
                                .limit(4)
                                .map(String::valueOf)
                                .collect(Collectors.joining(" < ")))
                .collect(Collectors.joining("; "));
    }
}
