package org.seatkeeper.providers.ion;

/** An Ion customer (§3.3). The customer id is the last segment of {@code name}. */
public record IonCustomer(String name, String uid, String customerOrganization, IonAddress customerAddress,
                          String customerName, String customerEmail, String customerTitle, String customerPhone,
                          String languageCode, String createTime, String updateTime, String customerStatus,
                          PortalUser user) {

    /** The default portal user returned on create. toString never shows the password. */
    public record PortalUser(String name, String userName, String email, String userStatus, String password) {

        @Override
        public String toString() {
            return "PortalUser[userName=" + userName + ", email=" + email + ", password=***]";
        }
    }

    /** "accounts/1/customers/42" -> "42"; null when there is no name. */
    public String customerId() {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
