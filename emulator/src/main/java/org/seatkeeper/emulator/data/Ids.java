package org.seatkeeper.emulator.data;

import java.util.Random;
import java.util.UUID;

/** Deterministic ids. */
public final class Ids {

    private Ids() {
    }

    /** A version-4-shaped UUID from the seeded random. */
    public static UUID uuid(Random random) {
        return shape(random.nextLong(), random.nextLong());
    }

    /** Another UUID derived from one, for ids a provider keeps next to the Microsoft one. */
    public static UUID derived(UUID from, long salt) {
        return shape(mix(from.getMostSignificantBits() ^ salt), mix(from.getLeastSignificantBits() + salt));
    }

    /** A UUID derived from a tenant and a number (Graph users). */
    public static UUID derived(UUID from, long salt, long index) {
        return derived(from, salt * 1_000_003L + index);
    }

    private static UUID shape(long msb, long lsb) {
        msb = (msb & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
