package org.seatkeeper.batch.psa;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.seatkeeper.db.psa.PsaProduct;
import org.seatkeeper.db.psabilling.BillingProfile;
import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.providers.connectwise.CwAddition;
import org.seatkeeper.providers.connectwise.CwReference;

/**
 * The ConnectWise agreement addition a license link stands for, exactly as the PSA sync writes it and as the link page
 * previews it: the profile's product, price and cost, the link's quantity from its billing start date, and an invoice
 * description with the unassigned count and the usernames when the link asks for them. The addition's description
 * carries a marker naming the license and profile, so a sync cut off after a write finds its addition instead of
 * writing a second one. Pure.
 */
public final class AdditionDrafts {

    public static final String BILLABLE = "Billable";
    /** ConnectWise keeps invoice descriptions of a few thousand characters; long user lists are cut to fit. */
    static final int INVOICE_DESCRIPTION_LENGTH = 4000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'00:00:00'Z'");

    private AdditionDrafts() {
    }

    /** What the addition is drawn from. {@code usernames}: who holds the license in the tenant, in order. */
    public record Input(long tenantLicenseId, LicenseLinkDetails link, BillingProfile profile, PsaProduct product,
                        int subscriptionQuantity, int purchased, int unassigned, List<String> usernames) {

        public Input {
            usernames = List.copyOf(usernames);
        }
    }

    public static CwAddition draft(Input in) {
        int quantity = BillingQuantity.of(in.link(), in.subscriptionQuantity(), in.purchased());
        String name = in.product().description() == null || in.product().description().isBlank()
                ? in.product().identifier() : in.product().description();
        return new CwAddition(null, new CwReference(in.product().id(), in.product().identifier(), null), BILLABLE,
                BigDecimal.valueOf(quantity), BigDecimal.ZERO, in.profile().details().unitPrice(),
                in.profile().details().unitCost(), DATE.format(in.link().billingStartDate()), null,
                invoiceDescription(name, in), name + " " + marker(in.tenantLicenseId(), in.profile().id()),
                in.link().psaAgreementId());
    }

    /** "[Seatkeeper license 12 profile 3]": how the PSA sync recognises the addition it wrote. */
    public static String marker(long tenantLicenseId, long profileId) {
        return "[Seatkeeper license " + tenantLicenseId + " profile " + profileId + "]";
    }

    private static String invoiceDescription(String name, Input in) {
        StringBuilder text = new StringBuilder(name);
        if (in.link().showUnassigned() && in.unassigned() > 0) {
            text.append(" (").append(in.unassigned()).append(" unassigned)");
        }
        if (in.link().usernamesOnInvoice() && !in.usernames().isEmpty()) {
            text.append("\nUsers: ");
            List<String> users = in.usernames();
            for (int i = 0; i < users.size(); i++) {
                String next = (i == 0 ? "" : ", ") + users.get(i);
                String rest = " and " + (users.size() - i) + " more";
                if (text.length() + next.length() + rest.length() > INVOICE_DESCRIPTION_LENGTH) {
                    text.append(rest);
                    break;
                }
                text.append(next);
            }
        }
        return text.toString();
    }
}
