package org.seatkeeper.app.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The config file in the data directory ({@code seatkeeper.properties}); command-line options win over it.
 * Written with its defaults and comments on first start so an operator can see what can be set.
 */
public record AppConfig(String host, int port, boolean trustProxy) {

    static final String TEMPLATE = """
            # Seatkeeper configuration. Command-line options (--port) win over these values.
            # Address to listen on: 127.0.0.1 keeps Seatkeeper to this machine; 0.0.0.0 serves your network
            # (put it behind a TLS reverse proxy then).
            host=127.0.0.1
            port=8080
            # Behind a reverse proxy (nginx, Caddy, IIS...) that terminates TLS: true makes Seatkeeper read the client's
            # address and https from the proxy's Forwarded / X-Forwarded-* headers, so the session cookie is marked
            # Secure, HSTS is sent and sign-in attempts are counted per client. Only when every request comes through
            # that proxy (keep host=127.0.0.1): anyone reaching Seatkeeper directly could forge these headers.
            trust-proxy=false
            # The secret key can also come from the SEATKEEPER_SECRET_KEY environment variable instead of secret.key.
            """;

    public static AppConfig load(Path file) {
        Properties properties = new Properties();
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, TEMPLATE);
            }
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the config file " + file + ": " + e.getMessage(), e);
        }
        String portText = properties.getProperty("port", "8080").trim();
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port in " + file + " is not a number: " + portText);
        }
        String trustText = properties.getProperty("trust-proxy", "false").trim().toLowerCase(Locale.ROOT);
        if (!trustText.equals("true") && !trustText.equals("false")) {
            throw new IllegalArgumentException("trust-proxy in " + file + " is true or false, not: " + trustText);
        }
        return new AppConfig(properties.getProperty("host", "127.0.0.1").trim(), port, trustText.equals("true"));
    }
}
