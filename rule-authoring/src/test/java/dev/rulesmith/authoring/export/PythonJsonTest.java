package dev.rulesmith.authoring.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected texts and hash are what CPython 3.11's {@code json.dumps(d, sort_keys=True)} printed for the same value. */
class PythonJsonTest {

    private static Map<String, Object> value() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", null);
        inner.put("y", true);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", "\u00e9\u2028\ud83d\ude00\u0001\"/\\\t");
        value.put("a", Arrays.asList(1, inner));
        value.put("c", Map.of());
        return value;
    }

    @Test
    void writesWhatPythonWrites() {
        assertEquals("{\"a\": [1, {\"y\": true, \"z\": null}], \"b\": \"\\u00e9\\u2028\\ud83d\\ude00\\u0001\\\"/\\\\\\t\","
                + " \"c\": {}}", PythonJson.dumps(value()));
    }

    @Test
    void hashesAsDictHashDoes() {
        assertEquals("db556e87042eeaf4912f1ad4a2053f8b8eabfc3855f53a400ea5912b36528e57",
                RuleHash.sha256(PythonJson.dumps(value())));
    }
}
