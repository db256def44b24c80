package org.seatkeeper.app.users;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt (Spring Security Crypto); the cost is lowered only in tests, where speed matters more than strength. */
public final class PasswordHasher {

    private final BCryptPasswordEncoder encoder;

    public PasswordHasher(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    public static PasswordHasher standard() {
        return new PasswordHasher(11);
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }
}
