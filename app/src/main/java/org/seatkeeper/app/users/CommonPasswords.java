package org.seatkeeper.app.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * The 20,000 passwords most seen in breaches, lowercased (common-passwords.txt.gz beside this class; where it comes
 * from is in common-passwords.NOTICE.txt). Read on first use, not at start-up, and kept: it never changes.
 */
final class CommonPasswords {

    private CommonPasswords() {
    }

    /** @param lowercased a password in lower case */
    static boolean contains(String lowercased) {
        return Loaded.WORDS.contains(lowercased);
    }

    /** Loaded when first asked (a holder class: the JVM loads it once, thread-safely). */
    private static final class Loaded {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            try (InputStream gz = CommonPasswords.class.getResourceAsStream("common-passwords.txt.gz")) {
                if (gz == null) {
                    throw new IllegalStateException("common-passwords.txt.gz is missing from the jar");
                }
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz),
                        StandardCharsets.UTF_8))) {
                    return lines.lines().map(String::strip).filter(line -> !line.isEmpty())
                            .collect(Collectors.toUnmodifiableSet());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the list of common passwords", e);
            }
        }
    }
}
