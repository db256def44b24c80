package org.seatkeeper.app.agreements;

import java.time.Clock;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.agreements.AgreementTemplate;
import org.seatkeeper.db.agreements.AgreementTemplateDetails;
import org.seatkeeper.db.agreements.AgreementTemplateRepository;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;

/** Adds, edits and retires agreement templates, each change audited in its own transaction. */
final class AgreementTemplateChanges {

    static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    private final AgreementTemplateRepository templates;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    AgreementTemplateChanges(AgreementTemplateRepository templates, AuditLog audit, Transactions transactions,
                             Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    long add(String username, AgreementTemplateDetails details) {
        return transactions.inTransaction(() -> {
            requireFreeName(details.name(), null);
            long id = templates.insert(details, clock.instant());
            audit.record(username, AuditAction.CREATE, AuditEntity.AGREEMENT_TEMPLATE, id, "Agreement template \"" + details.name()
                    + "\" added", null, describe(details));
            return id;
        });
    }

    void edit(String username, long id, AgreementTemplateDetails details, int version) {
        transactions.run(() -> {
            AgreementTemplate current = load(id);
            if (current.builtIn() && !current.details().agreementType().equals(details.agreementType())) {
                throw new RefusedException("The built-in Microsoft Customer Agreement keeps its type.");
            }
            requireFreeName(details.name(), id);
            templates.update(id, details, version);
            audit.record(username, AuditAction.UPDATE, AuditEntity.AGREEMENT_TEMPLATE, id, "Agreement template \"" + details.name()
                    + "\" edited", describe(current.details()), describe(details));
        });
    }

    void setRetired(String username, long id, boolean retired, int version) {
        transactions.run(() -> {
            AgreementTemplate current = load(id);
            if (current.builtIn()) {
                throw new RefusedException("The Microsoft Customer Agreement is built in and cannot be retired.");
            }
            templates.setRetired(id, retired, version);
            audit.record(username, retired ? AuditAction.RETIRE : AuditAction.RESTORE, AuditEntity.AGREEMENT_TEMPLATE, id, "Agreement template \""
                    + current.name() + "\" " + (retired ? "retired" : "restored"), AuditState.of("retired", current.retired()),
                    AuditState.of("retired", retired));
        });
    }

    private AgreementTemplate load(long id) {
        return templates.find(id).orElseThrow(() -> new RefusedException("That agreement template does not exist."));
    }

    private void requireFreeName(String name, Long exceptId) {
        if (templates.nameTaken(name, exceptId)) {
            throw new RefusedException("Another template is already called \"" + name + "\".");
        }
    }

    private static AuditState describe(AgreementTemplateDetails d) {
        return AuditState.of("name", d.name(), "type", d.agreementType(), "link", d.link(),
                "text", d.bodyText() == null ? "none" : d.bodyText().length() + " characters");
    }
}
