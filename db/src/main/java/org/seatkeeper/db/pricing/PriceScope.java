package org.seatkeeper.db.pricing;

/** Whose subscriptions a price rule or fixed price covers: one provider's, or one billing contract's. */
public record PriceScope(Kind kind, long id) {

    public enum Kind { PROVIDER, CONTRACT }

    public static PriceScope provider(long providerId) {
        return new PriceScope(Kind.PROVIDER, providerId);
    }

    public static PriceScope contract(long contractId) {
        return new PriceScope(Kind.CONTRACT, contractId);
    }

    public PriceScope {
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** "provider #3", "contract #12": how audit summaries name it. */
    @Override
    public String toString() {
        return kind.name().toLowerCase() + " #" + id;
    }
}
