package org.seatkeeper.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.seatkeeper.db.secrets.SecretBox;

/**
 * The demo administrator's password, generated once per data directory and kept there encrypted with the directory's
 * key, so a restarted demo prints the same login and a browser's saved password keeps working.
 */
final class DemoLogin {

    private static final String PURPOSE = "demo-login";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Path file;
    private final SecretBox secrets;

    DemoLogin(Path demoDirectory, SecretBox secrets) {
        this.file = demoDirectory.resolve("login.encrypted");
        this.secrets = secrets;
    }

    /** The kept password; empty on a new directory, or when the key changed (the kept one cannot be read). */
    Optional<String> kept() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(secrets.decrypt(Files.readString(file, StandardCharsets.UTF_8).strip(), PURPOSE));
        } catch (IOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A new random password, kept for the next start. */
    String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        try {
            Files.writeString(file, secrets.encrypt(password.toString(), PURPOSE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo login in " + file + ": " + e.getMessage(), e);
        }
        return password.toString();
    }
}
