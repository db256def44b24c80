package org.seatkeeper.app.onboarding;

import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.db.settings.ResellerSettings;

/** The invitation mail as first proposed: the reseller's name and company, the customer's name, the provider's link. */
record InvitationMail(String subject, String body) {

    static InvitationMail draft(ResellerSettings reseller, String customerName, Contact contact, String url) {
        String company = orElse(reseller.companyName(), "your Microsoft partner");
        String sender = orElse(reseller.contactName(), company);
        String subject = company + " invites " + customerName + " to a Microsoft reseller relationship";
        String body = "Dear " + contact.details().firstName() + " " + contact.details().lastName() + ",\n\n"
                + "To let " + company + " manage " + customerName + "'s Microsoft subscriptions as your Cloud Solution "
                + "Provider, a global administrator of your Microsoft 365 tenant needs to accept our reseller "
                + "relationship invitation:\n\n"
                + url + "\n\n"
                + "Open the link, sign in as a global administrator, review the Microsoft Customer Agreement and accept "
                + "the invitation. Your subscriptions, users and data stay as they are.\n\n"
                + "If you have any questions, just reply to this mail.\n\n"
                + "Kind regards,\n"
                + sender + "\n"
                + company + "\n";
        return new InvitationMail(subject, body);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
