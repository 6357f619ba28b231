package dev.rulesmith.authoring.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON text exactly as Python's {@code json.dumps(obj, sort_keys=True)} writes it: keys sorted, {@code ", "} and
 * {@code ": "} as separators, every character outside ASCII escaped as {@code \\uXXXX} with lower-case hex digits.
 * The text detection-rules hashes.
 */
public final class PythonJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(new PythonSeparators());

    private PythonJson() {
    }

    public static String dumps(Object value) {
        return write(WRITER, value);
    }

    /** As {@code json.dumps(obj, sort_keys=True, separators=(",", ":"))}: no whitespace at all. */
    public static String dumpsCompact(Object value) {
        return write(MAPPER.writer(), value);
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Python's default separators: a space after each comma and colon, no other whitespace. */
    private static final class PythonSeparators extends MinimalPrettyPrinter {

        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
