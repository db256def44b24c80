package org.seatkeeper.app.web;

import java.util.List;

/** What the layout needs on every page: who is signed in, navigation, CSRF token, flash messages, asset addresses. */
public record Shell(boolean signedIn, String displayName, String roleLabel, boolean canWrite, boolean admin,
                    String csrfToken, List<NavItem> navigation, List<Flash> flashes, String version, Assets assets) {
}
