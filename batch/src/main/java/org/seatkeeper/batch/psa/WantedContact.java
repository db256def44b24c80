package org.seatkeeper.batch.psa;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.seatkeeper.db.customers.Contact;
import org.seatkeeper.providers.connectwise.CwContact;
import org.seatkeeper.providers.connectwise.CwReference;
import org.seatkeeper.providers.connectwise.PatchOperation;

/** A Seatkeeper contact as ConnectWise will hold it: names cut to ConnectWise's 30 characters. */
record WantedContact(String firstName, String lastName, String email) {

    /** ConnectWise's firstName and lastName are at most 30 characters. */
    static final int NAME_LENGTH = 30;

    static WantedContact of(Contact contact) {
        return new WantedContact(cut(contact.details().firstName()), cut(contact.details().lastName()),
                contact.details().email());
    }

    boolean sameAs(CwContact theirs) {
        return firstName.equals(theirs.firstName()) && Objects.equals(lastName, theirs.lastName())
                && email.equalsIgnoreCase(String.valueOf(theirs.email()));
    }

    /** The PATCH that makes {@code theirs} this: names, and the default email in its communication items. */
    List<PatchOperation> changesTo(CwContact theirs) {
        List<PatchOperation> operations = new ArrayList<>();
        if (!firstName.equals(theirs.firstName())) {
            operations.add(PatchOperation.replace("firstName", firstName));
        }
        if (!Objects.equals(lastName, theirs.lastName())) {
            operations.add(PatchOperation.replace("lastName", lastName));
        }
        if (!email.equalsIgnoreCase(String.valueOf(theirs.email()))) {
            operations.add(PatchOperation.replace("communicationItems", itemsWithEmail(theirs)));
        }
        return operations;
    }

    /** Their items with the default email replaced (or added): phones and other addresses stay. */
    private List<CwContact.CommunicationItem> itemsWithEmail(CwContact theirs) {
        List<CwContact.CommunicationItem> items = new ArrayList<>();
        boolean replaced = false;
        for (CwContact.CommunicationItem item : theirs.communicationItems()) {
            boolean isDefaultEmail = "Email".equalsIgnoreCase(item.communicationType())
                    && (Boolean.TRUE.equals(item.defaultFlag()) || Objects.equals(item.value(), theirs.email()));
            if (isDefaultEmail && !replaced) {
                items.add(new CwContact.CommunicationItem(item.type(), email, true, item.communicationType()));
                replaced = true;
            } else {
                items.add(item);
            }
        }
        if (!replaced) {
            items.add(new CwContact.CommunicationItem(new CwReference(null, null, "Email"), email, true, "Email"));
        }
        return items;
    }

    private static String cut(String name) {
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
    }
}
