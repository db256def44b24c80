package org.seatkeeper.batch.psa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.secrets.SecretBox;

/** The ConnectWise API member's public and private key at rest: a JSON pair, encrypted with the data directory's key. */
public final class PsaKeys {

    private final SecretBox secrets;
    private final ObjectMapper json = new ObjectMapper();

    public PsaKeys(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** The pair of keys. {@link #toString()} never shows them. */
    public record Pair(String publicKey, String privateKey) {
        @Override
        public String toString() {
            return "PsaKeys.Pair[hidden]";
        }
    }

    public String encrypt(Pair keys) {
        try {
            return secrets.encrypt(json.writeValueAsString(Map.of("publicKey", keys.publicKey(),
                    "privateKey", keys.privateKey())), PsaConnectionRepository.KEYS_PURPOSE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the PSA keys", e);
        }
    }

    public Pair decrypt(String ciphertext) {
        try {
            var tree = json.readTree(secrets.decrypt(ciphertext, PsaConnectionRepository.KEYS_PURPOSE));
            return new Pair(tree.path("publicKey").asText(), tree.path("privateKey").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored PSA keys are not readable; enter them again.", e);
        }
    }
}
