package io.ledgerbridge.connector.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The files of the connector module under test, found as a build finds them: its pom, README and build output, the
 * feature that installs it, and the in-tree Maven repository of earlier releases ({@code releases/}).
 */
final class ModuleFiles {
    static final String FEATURE = "src/main/feature/feature.xml";

    private final Path dir;

    ModuleFiles(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    Path classes() {
        return dir.resolve("target/classes");
    }

    Path readme() {
        return dir.resolve("README.md");
    }

    /** The module's own feature.xml first (a connector outside this tree), else {@code features/} above it. */
    Optional<Path> featureXml() {
        Path own = dir.resolve(FEATURE);
        return Files.isRegularFile(own)
                ? Optional.of(own)
                : up(p -> p.resolve("features").resolve(FEATURE)).filter(Files::isRegularFile);
    }

    /** The released jar before this build, or empty when the artifact was never released. */
    Optional<Path> previousRelease() {
        Optional<Path> releases = up(p -> p.resolve("releases")).filter(Files::isDirectory);
        if (releases.isEmpty()) {
            return Optional.empty();
        }
        Path artifact = releases.get().resolve(groupId().replace('.', '/')).resolve(artifactId());
        if (!Files.isDirectory(artifact)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(artifact)) {
            return versions.filter(Files::isDirectory)
                    .map(v -> v.getFileName().toString())
                    .filter(v -> !v.endsWith("-SNAPSHOT"))
                    .max(ModuleFiles::compareVersions)
                    .map(v -> artifact.resolve(v).resolve(artifactId() + "-" + v + ".jar"))
                    .filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + artifact, e);
        }
    }

    String artifactId() {
        return pomValue("artifactId");
    }

    String groupId() {
        String own = pomValue("groupId");
        return own.isEmpty() ? parentValue("groupId") : own;
    }

    private String pomValue(String name) {
        return child(pom(), name);
    }

    private String parentValue(String name) {
        Element parent = childElement(pom(), "parent");
        return parent == null ? "" : child(parent, name);
    }

    private Element pom() {
        Path pom = dir.resolve("pom.xml");
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(pom.toFile())
                    .getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pom, e);
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("not a pom: " + pom, e);
        }
    }

    private static String child(Element element, String name) {
        Element child = childElement(element, name);
        return child == null ? "" : child.getTextContent().strip();
    }

    private static Element childElement(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The first candidate that exists, trying this module's folder and each folder above it. */
    private Optional<Path> up(Function<Path, Path> candidate) {
        for (Path p = dir; p != null; p = p.getParent()) {
            Path c = candidate.apply(p);
            if (Files.exists(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static int compareVersions(String a, String b) {
        Comparator<String> numeric =
                Comparator.comparingInt(part -> part.matches("\\d{1,9}") ? Integer.parseInt(part) : -1);
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = numeric.compare(i < x.length ? x[i] : "0", i < y.length ? y[i] : "0");
            if (c != 0) {
                return c;
            }
        }
        return Arrays.compare(x, y);
    }
}
