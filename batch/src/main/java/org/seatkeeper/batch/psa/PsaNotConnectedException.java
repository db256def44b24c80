package org.seatkeeper.batch.psa;

/** Nothing can be read from the PSA before its connection is saved in Settings → PSA. */
public final class PsaNotConnectedException extends RuntimeException {

    public PsaNotConnectedException() {
        super("No PSA is connected yet. An administrator enters the ConnectWise site, company id and keys in "
                + "Settings → PSA.");
    }
}
