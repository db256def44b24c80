package org.seatkeeper.providers.connectwise;

import java.util.List;

/** {@code company/contacts}: a person at a company; the email is a communication item. */
public record CwContact(Long id, String firstName, String lastName, CwReference company, Boolean inactiveFlag,
                        List<CommunicationItem> communicationItems) {

    public CwContact {
        communicationItems = communicationItems == null ? List.of() : List.copyOf(communicationItems);
    }

    /** A new contact of the company with its default email. */
    public static CwContact withEmail(long companyId, String firstName, String lastName, String email) {
        return new CwContact(null, firstName, lastName, CwReference.id(companyId), false,
                List.of(new CommunicationItem(new CwReference(null, null, "Email"), email, true, "Email")));
    }

    /** The default email, else the first; null when none. */
    public String email() {
        String first = null;
        for (CommunicationItem item : communicationItems) {
            if ("Email".equalsIgnoreCase(item.communicationType())) {
                if (Boolean.TRUE.equals(item.defaultFlag())) {
                    return item.value();
                }
                first = first == null ? item.value() : first;
            }
        }
        return first;
    }

    public record CommunicationItem(CwReference type, String value, Boolean defaultFlag, String communicationType) {
    }
}
