package org.seatkeeper.db.secrets;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Encrypts secrets at rest (provider credentials, SMTP password, tenant admin passwords) with AES-256-GCM (Google Tink).
 * The key is the data directory's {@code secret.key} (owner-only permissions), or the keyset given in the
 * {@code SEATKEEPER_SECRET_KEY} environment variable. The purpose string is bound as associated data,
 * so a ciphertext copied into another column does not decrypt.
 */
public final class SecretBox {

    public static final String KEY_ENVIRONMENT_VARIABLE = "SEATKEEPER_SECRET_KEY";

    private final Aead aead;

    private SecretBox(KeysetHandle keyset) {
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret key cannot be used: " + e.getMessage(), e);
        }
    }

    /** Uses the key from the environment variable when set, otherwise the key file (created on first use). */
    public static SecretBox open(Path keyFile, String keysetFromEnvironment) {
        register();
        try {
            if (keysetFromEnvironment != null && !keysetFromEnvironment.isBlank()) {
                return new SecretBox(parse(keysetFromEnvironment));
            }
            if (Files.exists(keyFile)) {
                return new SecretBox(parse(Files.readString(keyFile)));
            }
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            writeOwnerOnly(keyFile, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
            return new SecretBox(keyset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret key in " + keyFile + " is not a valid key: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the secret key " + keyFile, e);
        }
    }

    /** A throwaway key held in memory only: for tests. */
    public static SecretBox ephemeral() {
        register();
        try {
            return new SecretBox(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encrypt(String plaintext, String purpose) {
        try {
            byte[] cipher = aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), purpose.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String ciphertext, String purpose) {
        try {
            byte[] plain = aead.decrypt(Base64.getDecoder().decode(ciphertext), purpose.getBytes(StandardCharsets.UTF_8));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret cannot be decrypted with this data directory's key ("
                    + purpose + "). Was the key file replaced?", e);
        }
    }

    private static KeysetHandle parse(String json) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    }

    private static void writeOwnerOnly(Path keyFile, String content) throws IOException {
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        Path temp = keyFile.resolveSibling(keyFile.getFileName() + ".tmp");
        Files.writeString(temp, content);
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (e.g. Windows): the directory's own permissions protect it
        }
        Files.move(temp, keyFile);
    }

    private static void register() {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
