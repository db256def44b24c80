package org.seatkeeper.app.onboarding;

import java.time.Clock;
import java.util.Optional;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.secrets.SecretBox;

/**
 * The new tenant's admin credentials: shown once to whoever completes the flow, afterwards only revealed to an
 * administrator, each showing and reveal audited (never with the password itself).
 */
final class TenantCredentials {

    /** toString never shows the password. */
    record Credentials(String userName, String password) {
        @Override
        public String toString() {
            return "Credentials[userName=" + userName + ", password=***]";
        }
    }

    private final OnboardingRepository onboardings;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    TenantCredentials(OnboardingRepository onboardings, SecretBox secrets, AuditLog audit, Transactions transactions,
                      Clock clock) {
        this.onboardings = onboardings;
        this.secrets = secrets;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The credentials the first time they are asked for; empty afterwards (or when the provider returned none). */
    Optional<Credentials> showOnce(String username, Onboarding onboarding) {
        if (!onboarding.hasAdminPassword()) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> {
            if (!onboardings.markCredentialsShown(onboarding.id(), clock.instant())) {
                return Optional.empty();
            }
            audit.record(username, AuditAction.SHOW_TENANT_CREDENTIALS, AuditEntity.ONBOARDING, onboarding.id(), "Admin credentials of "
                    + onboarding.tenantDomain() + " shown once after the tenant was created");
            return Optional.of(decrypt(onboarding));
        });
    }

    /** An administrator asked to see them again. */
    Credentials reveal(String username, Onboarding onboarding) {
        return transactions.inTransaction(() -> {
            audit.record(username, AuditAction.REVEAL_TENANT_CREDENTIALS, AuditEntity.ONBOARDING, onboarding.id(), "Admin credentials of "
                    + onboarding.tenantDomain() + " (" + onboarding.customerName() + ") revealed");
            return decrypt(onboarding);
        });
    }

    private Credentials decrypt(Onboarding onboarding) {
        String ciphertext = onboardings.adminPasswordCiphertext(onboarding.id()).orElseThrow();
        return new Credentials(onboarding.adminUserName(), secrets.decrypt(ciphertext, TenantProvisioning.PASSWORD_PURPOSE));
    }
}
