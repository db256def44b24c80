package org.seatkeeper.providers.ion;

/** POST customers body (§3.3). */
public record IonNewCustomer(String customerOrganization, IonAddress customerAddress, String customerName,
                             String customerEmail, String customerTitle, String customerPhone, String languageCode,
                             String primaryContactFirstName, String primaryContactLastName) {
}
