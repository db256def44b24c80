package org.seatkeeper.providers.partnercenter;

/** The new tenant's first admin. toString never shows the password. */
public record UserCredentials(String userName, String password) {

    @Override
    public String toString() {
        return "UserCredentials[userName=" + userName + ", password=***]";
    }
}
