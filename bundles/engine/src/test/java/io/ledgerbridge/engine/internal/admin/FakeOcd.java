package io.ledgerbridge.engine.internal.admin;

import java.io.InputStream;
import java.util.Arrays;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/** A Metatype definition of text settings, all required, as bnd generates it from a connector's Config. */
final class FakeOcd {
    private FakeOcd() {}

    static ObjectClassDefinition of(String pid, String... ids) {
        AttributeDefinition[] defs = Arrays.stream(ids).map(FakeOcd::text).toArray(AttributeDefinition[]::new);
        return new ObjectClassDefinition() {
            public String getName() {
                return pid;
            }

            public String getID() {
                return pid;
            }

            public String getDescription() {
                return "";
            }

            public AttributeDefinition[] getAttributeDefinitions(int filter) {
                return filter == OPTIONAL ? new AttributeDefinition[0] : defs;
            }

            public InputStream getIcon(int size) {
                return null;
            }
        };
    }

    private static AttributeDefinition text(String id) {
        return new AttributeDefinition() {
            public String getName() {
                return id;
            }

            public String getID() {
                return id;
            }

            public String getDescription() {
                return "";
            }

            public int getCardinality() {
                return 0;
            }

            public int getType() {
                return STRING;
            }

            public String[] getOptionValues() {
                return null;
            }

            public String[] getOptionLabels() {
                return null;
            }

            public String validate(String value) {
                return "";
            }

            public String[] getDefaultValue() {
                return null;
            }
        };
    }
}
