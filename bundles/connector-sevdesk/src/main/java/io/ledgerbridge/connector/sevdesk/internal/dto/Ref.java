package io.ledgerbridge.connector.sevdesk.internal.dto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A reference to another sevdesk object, e.g. {@code {"id":3,"objectName":"Category"}}.
 *
 * <p>sevdesk answers ids as strings ({@code "id":"3"}), and they are kept as strings here; they are written as the
 * official specification declares them: integers, except a TaxRule's id, which it declares as a string ("1").
 *
 * @param id the object's id
 * @param objectName the object's type
 */
@JsonSerialize(using = Ref.AsDeclared.class)
public record Ref(String id, String objectName) {
    public static Ref of(String objectName, String id) {
        return new Ref(id, objectName);
    }

    /** Writes the id as the specification declares it. */
    static final class AsDeclared extends StdSerializer<Ref> {
        private static final long serialVersionUID = 1L;

        AsDeclared() {
            super(Ref.class);
        }

        @Override
        public void serialize(Ref ref, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            if ("TaxRule".equals(ref.objectName()) || !ref.id().matches("\\d{1,18}")) {
                out.writeStringField("id", ref.id());
            } else {
                out.writeNumberField("id", Long.parseLong(ref.id()));
            }
            out.writeStringField("objectName", ref.objectName());
            out.writeEndObject();
        }
    }
}
