package io.ledgerbridge.connector.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Metatype definitions (OCDs) as bnd writes them to {@code OSGI-INF/metatype/*.xml}, from a folder or a jar. */
final class Metatype {
    static final String FOLDER = "OSGI-INF/metatype/";

    /** One attribute: id, name, type, default (null for none), required, option values. */
    record Ad(String id, String name, String type, String defaultValue, boolean required, List<String> options) {
        boolean secret() {
            return "Password".equalsIgnoreCase(type);
        }
    }

    /** One object class definition with its attributes in order. */
    record Ocd(String id, String name, List<Ad> ads) {
        List<String> ids() {
            return ads.stream().map(Ad::id).toList();
        }

        Optional<Ad> ad(String id) {
            return ads.stream().filter(a -> a.id().equals(id)).findFirst();
        }
    }

    private Metatype() {}

    /** The OCDs in the module's build output, e.g. {@code target/classes}. */
    static List<Ocd> fromClasses(Path classes) {
        Path folder = classes.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Ocd> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path xml :
                    files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(xml)) {
                    out.addAll(parse(in, xml.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return out;
    }

    /** The OCDs of a released bundle. */
    static List<Ocd> fromJar(Path jar) {
        List<Ocd> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(FOLDER) && entry.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        out.addAll(parse(in, jar + "!/" + entry.getName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return out;
    }

    static Optional<Ocd> find(List<Ocd> ocds, String id) {
        return ocds.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    static List<Ocd> parse(InputStream xml, String where) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            NodeList ocds = factory.newDocumentBuilder().parse(xml).getElementsByTagName("OCD");
            List<Ocd> out = new ArrayList<>();
            for (int i = 0; i < ocds.getLength(); i++) {
                Element ocd = (Element) ocds.item(i);
                out.add(new Ocd(ocd.getAttribute("id"), ocd.getAttribute("name"), ads(ocd)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("not a Metatype XML: " + where, e);
        }
    }

    private static List<Ad> ads(Element ocd) {
        NodeList nodes = ocd.getElementsByTagName("AD");
        List<Ad> ads = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element ad = (Element) nodes.item(i);
            List<String> options = new ArrayList<>();
            NodeList optionNodes = ad.getElementsByTagName("Option");
            for (int j = 0; j < optionNodes.getLength(); j++) {
                options.add(((Element) optionNodes.item(j)).getAttribute("value"));
            }
            ads.add(new Ad(
                    ad.getAttribute("id"),
                    ad.getAttribute("name"),
                    ad.getAttribute("type"),
                    ad.hasAttribute("default") ? ad.getAttribute("default") : null,
                    !"false".equals(ad.getAttribute("required")),
                    List.copyOf(options)));
        }
        return List.copyOf(ads);
    }
}
