package org.seatkeeper.batch.providers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import org.seatkeeper.db.secrets.SecretBox;

/** Provider credentials at rest: a JSON object of strings, encrypted with the data directory's key. */
public final class CredentialsCodec {

    public static final String PURPOSE = "provider.credentials";

    private final SecretBox secrets;
    private final ObjectMapper json = new ObjectMapper();

    public CredentialsCodec(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** The ciphertext to hand to {@code ProviderRepository.insert/replaceCredentials}. */
    public String encrypt(Map<String, String> credentials) {
        try {
            return secrets.encrypt(json.writeValueAsString(new TreeMap<>(credentials)), PURPOSE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write provider credentials", e);
        }
    }

    public Map<String, String> decrypt(String ciphertext) {
        if (ciphertext == null || ciphertext.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(secrets.decrypt(ciphertext, PURPOSE), new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored provider credentials are not readable; enter them again.", e);
        }
    }
}
