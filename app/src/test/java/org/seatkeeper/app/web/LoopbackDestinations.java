package org.seatkeeper.app.web;

import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PSA_CONNECTION;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;

/**
 * Every place Seatkeeper connects to is one it holds in its database: the SMTP server of the settings, each
 * provider's API and token addresses (an empty one means the provider's real, public address; Graph goes where a
 * Partner Center provider's API does) and the PSA's site. Checking that all of them are on loopback after every change
 * keeps the fuzzing's "Test connection", "Send test mail", sync, refresh and invitation buttons, and the mail the outbox
 * sends on its own, away from any other machine.
 */
final class LoopbackDestinations {

    private static final Pattern LOOPBACK = Pattern.compile("localhost|127(\\.[0-9]{1,3}){3}|\\[::1]");

    private final SettingsRepository settings;
    private final DSLContext dsl;

    LoopbackDestinations(Database db) {
        this.settings = new SettingsRepository(db.dsl());
        this.dsl = db.dsl();
    }

    /** The destinations that are not on loopback, described; empty when every one is. */
    List<String> offLoopback() {
        List<String> off = new ArrayList<>();
        ResellerSettings smtp = settings.load();
        if (smtp.smtpHost() != null && !LOOPBACK.matcher(smtp.smtpHost().trim()).matches()) {
            off.add("the SMTP host \"" + smtp.smtpHost() + "\"");
        }
        for (var provider : dsl.select(PROVIDER.ID, PROVIDER.API_BASE_URL, PROVIDER.TOKEN_URL).from(PROVIDER)
                .where(PROVIDER.KIND.ne("MANUAL")).fetch()) {
            for (String address : new String[] {provider.value2(), provider.value3()}) {
                if (!onLoopback(address)) {
                    off.add("provider #" + provider.value1() + " at \"" + address + "\"");
                }
            }
        }
        for (String site : dsl.select(PSA_CONNECTION.SITE_URL).from(PSA_CONNECTION).fetch(PSA_CONNECTION.SITE_URL)) {
            if (!onLoopback(site)) {
                off.add("the PSA at \"" + site + "\"");
            }
        }
        return off;
    }

    private static boolean onLoopback(String address) {
        try {
            String host = address == null ? null : URI.create(address.trim()).getHost();
            return host != null && LOOPBACK.matcher(host).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
