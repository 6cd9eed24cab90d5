package io.ledgerbridge.connector.billomat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The README's configuration table says what the Metatype definition (as bnd generated it) says. */
class ReadmeConfigurationTest {
    private static final Pattern ROW = Pattern.compile("\\| `(\\w+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|");

    /** One attribute: its form name, its default ("" for an empty default, null for none) and whether it is secret. */
    private record Setting(String name, String defaultValue, boolean required, boolean secret) {
    }

    private static Map<String, Setting> metatype() throws Exception {
        Path xml = Path.of("target/classes/OSGI-INF/metatype/" + BillomatType.PID + ".xml");
        NodeList ads = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getElementsByTagName("AD");
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (int i = 0; i < ads.getLength(); i++) {
            Element ad = (Element) ads.item(i);
            settings.put(ad.getAttribute("id"), new Setting(ad.getAttribute("name"),
                    ad.hasAttribute("default") ? ad.getAttribute("default") : null,
                    !"false".equals(ad.getAttribute("required")), "Password".equals(ad.getAttribute("type"))));
        }
        return settings;
    }

    private static Map<String, Setting> readme() throws Exception {
        String text = Files.readString(Path.of("README.md"));
        String section = text.substring(text.indexOf("## Configuration"), text.indexOf("## Status"));
        Map<String, Setting> settings = new LinkedHashMap<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            String shown = row.group(3).strip();
            boolean required = shown.equals("– (required)");
            String defaultValue = required ? null : shown.equals("empty") ? "" : shown.replace("`", "");
            settings.put(row.group(1), new Setting(row.group(2).strip(), defaultValue, required,
                    row.group(4).contains("secret, stored encrypted")));
        }
        return settings;
    }

    @Test
    void theTableListsEveryAttributeWithItsFormNameDefaultAndSecrecy() throws Exception {
        Map<String, Setting> ocd = metatype();
        Map<String, Setting> readme = readme();
        assertEquals(List.copyOf(ocd.keySet()), List.copyOf(readme.keySet()), "the same settings in the same order");
        ocd.forEach((id, fromOcd) -> {
            Setting fromReadme = readme.get(id);
            assertEquals(fromOcd.name(), fromReadme.name(), id + ": form field");
            assertEquals(fromOcd.secret(), fromReadme.secret(), id + ": secret");
            if (fromReadme.required()) {
                assertTrue(fromOcd.required() && fromOcd.defaultValue() == null, id + " is required without default");
            } else {
                String expected = fromOcd.defaultValue() == null ? "" : fromOcd.defaultValue();
                assertEquals(expected, fromReadme.defaultValue(), id + ": default");
            }
        });
    }
}
