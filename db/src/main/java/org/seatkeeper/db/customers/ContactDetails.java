package org.seatkeeper.db.customers;

/** What a user types for a contact. */
public record ContactDetails(String firstName, String lastName, String email, String phone) {

    public ContactDetails {
        if (firstName == null || firstName.isBlank()) {
            throw new IllegalArgumentException("A contact needs a first name");
        }
        if (lastName == null || lastName.isBlank()) {
            throw new IllegalArgumentException("A contact needs a last name");
        }
        if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("A contact needs a valid email address: " + email);
        }
        firstName = firstName.strip();
        lastName = lastName.strip();
        email = email.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }
}
