package dev.rulesmith.authoring.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * The content hash of a rule, as detection-rules' {@code get_hash} computes it: the API-format rule without
 * {@code version} and {@code related_integrations}, as {@code json.dumps(sort_keys=True)}, Base64-encoded, then
 * SHA-256 in lower-case hex ({@code utils.dict_hash}).
 */
public final class RuleHash {

    private RuleHash() {
    }

    /** The hash of an API-format rule (its {@code version} and {@code related_integrations} are left out). */
    public static String of(Map<String, Object> apiRule) {
        Map<String, Object> hashable = new HashMap<>(apiRule);
        hashable.remove("version");
        hashable.remove("related_integrations");
        return sha256(PythonJson.dumps(hashable));
    }

    /** {@code utils.dict_hash} over JSON text already written as Python writes it. */
    static String sha256(String pythonJson) {
        byte[] base64 = Base64.getEncoder().encode(pythonJson.getBytes(StandardCharsets.UTF_8));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(base64));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
