package org.seatkeeper.providers.http;

/** A 4xx answer (other than 429 and refused credentials), with the provider's own error code and message. */
public final class ProviderRejectedException extends ProviderException {

    private final int status;
    private final String providerCode;
    private final String providerMessage;

    public ProviderRejectedException(String provider, String what, int status, String providerCode, String providerMessage) {
        super(provider, provider + " rejected " + what + " (HTTP " + status
                + (providerCode == null ? "" : ", code " + providerCode) + "): "
                + (providerMessage == null ? "no description given" : providerMessage), null);
        this.status = status;
        this.providerCode = providerCode;
        this.providerMessage = providerMessage;
    }

    public int status() {
        return status;
    }

    /** The provider's error code, e.g. "600" or "INVALID_REQUEST"; null when the body had none. */
    public String providerCode() {
        return providerCode;
    }

    public String providerMessage() {
        return providerMessage;
    }
}
