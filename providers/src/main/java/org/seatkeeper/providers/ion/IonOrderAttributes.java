package org.seatkeeper.providers.ion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes of the first NCE CREATE order, which makes Ion create the Microsoft tenant and carries the MCA
 * attestation (§3.5): domainName, agreementDateAgreed, agreementEmail, agreementFirstName, agreementLastName,
 * agreementPhoneNumber.
 */
public final class IonOrderAttributes {

    private IonOrderAttributes() {
    }

    public static List<IonOrder.Attribute> tenantCreation(String domainPrefix, LocalDate dateAgreed, String email,
                                                         String firstName, String lastName, String phone) {
        List<IonOrder.Attribute> attributes = new ArrayList<>();
        attributes.add(new IonOrder.Attribute("domainName", domainPrefix));
        attributes.add(new IonOrder.Attribute("agreementDateAgreed", dateAgreed.toString()));
        attributes.add(new IonOrder.Attribute("agreementEmail", email));
        attributes.add(new IonOrder.Attribute("agreementFirstName", firstName));
        attributes.add(new IonOrder.Attribute("agreementLastName", lastName));
        if (phone != null) {
            attributes.add(new IonOrder.Attribute("agreementPhoneNumber", phone));
        }
        return attributes;
    }
}
