package org.seatkeeper.batch.psasync;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.seatkeeper.providers.connectwise.CwAddition;

/**
 * The fields of an addition that bill (product, bill option, quantity, price, cost, invoice description) as one
 * SHA-256: equal fingerprints bill the same. The description (where the marker is) and the dates are left out. Pure.
 */
public final class AdditionFingerprint {

    private AdditionFingerprint() {
    }

    public static String of(CwAddition a) {
        String text = String.join("\u0000",
                a.product() == null || a.product().id() == null ? "" : Long.toString(a.product().id()),
                String.valueOf(a.billCustomer()), number(a.quantity()), number(a.unitPrice()), number(a.unitCost()),
                a.invoiceDescription() == null ? "" : a.invoiceDescription().strip());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
