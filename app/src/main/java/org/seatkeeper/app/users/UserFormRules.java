package org.seatkeeper.app.users;

import java.util.regex.Pattern;
import org.seatkeeper.app.web.FormModel;

/** Checks shared by the setup and user forms. */
final class UserFormRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

    private UserFormRules() {
    }

    static void checkUsername(FormModel form) {
        String username = form.value("username");
        if (username.isEmpty()) {
            form.error("username", "Enter a user name.");
        } else if (!USERNAME.matcher(username).matches()) {
            form.error("username", "Use 2 to 100 letters, digits, dots, dashes, underscores or @.");
        }
    }
}
