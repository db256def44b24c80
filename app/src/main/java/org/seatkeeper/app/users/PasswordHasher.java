package org.seatkeeper.app.users;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt (Spring Security Crypto); the cost is lowered only in tests, where speed matters more than strength. */
public final class PasswordHasher {

    /**
     * For passwords Seatkeeper generates itself (16 random characters of 56, about 93 bits): BCrypt's cost slows the
     * guessing of passwords people choose; against a random 93-bit secret it adds nothing, while at cost 11 it takes a
     * fifth of a second of a cold start. BCrypt stores the cost in the hash, so verifying needs no special case.
     */
    private static final BCryptPasswordEncoder GENERATED = new BCryptPasswordEncoder(4);

    private final BCryptPasswordEncoder encoder;

    public PasswordHasher(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    /** Hashes a password Seatkeeper generated at random (at least 90 bits); never one a person chose. */
    public String hashGenerated(String randomPassword) {
        return GENERATED.encode(randomPassword);
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
