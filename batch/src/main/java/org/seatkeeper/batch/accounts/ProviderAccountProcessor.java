package org.seatkeeper.batch.accounts;

import java.util.Locale;
import org.seatkeeper.db.accounts.AccountAddress;
import org.seatkeeper.db.accounts.SyncedAccount;
import org.seatkeeper.providers.connector.PostalAddress;
import org.seatkeeper.providers.connector.ProviderAccountRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Pure: turns what the provider reported into our row, normalised (blank to null, domain lower case, country upper
 * case) so an unchanged account compares equal night after night. Items that cannot be stored become
 * {@link RejectedAccountException}s, which the step skips and records with the reason.
 */
final class ProviderAccountProcessor implements ItemProcessor<AccountItem, SyncedAccount> {

    @Override
    public SyncedAccount process(AccountItem item) {
        if (item instanceof AccountItem.Rejected rejected) {
            throw new RejectedAccountException(rejected.record().externalId(), rejected.record().reason(),
                    rejected.record().rawJson());
        }
        return toRow(((AccountItem.Reported) item).account());
    }

    private static SyncedAccount toRow(ProviderAccountRecord a) {
        String externalId = fit(a, "customer id", a.externalId(), 100);
        String domain = fit(a, "domain", a.domain(), 253);
        PostalAddress p = a.address();
        AccountAddress address = p == null ? AccountAddress.NONE
                : new AccountAddress(fit(a, "address line 1", p.line1(), 200), fit(a, "address line 2", p.line2(), 200),
                        fit(a, "city", p.city(), 100), fit(a, "state", p.state(), 100),
                        fit(a, "postal code", p.postalCode(), 30));
        String country = clean(a.country());
        if (country == null && p != null) {
            country = clean(p.country());
        }
        // an unusable country code is dropped, not a reason to leave the whole account out
        country = country != null && country.matches("[A-Za-z]{2}") ? country.toUpperCase(Locale.ROOT) : null;
        return new SyncedAccount(externalId, fit(a, "tenant id", a.tenantId(), 64),
                domain == null ? null : domain.toLowerCase(Locale.ROOT), fit(a, "company name", a.companyName(), 300),
                country, address, a.relationship().name());
    }

    private static String fit(ProviderAccountRecord a, String field, String value, int max) {
        String text = clean(value);
        if (text != null && text.length() > max) {
            throw new RejectedAccountException(a.externalId(), "The " + field + " is longer than " + max
                    + " characters (" + text.length() + ").", null);
        }
        return text;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
