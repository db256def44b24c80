package org.seatkeeper.app.psacompanies;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.psa.CustomerCompany;
import org.seatkeeper.db.psa.CustomerCompanyRepository;
import org.seatkeeper.db.psa.PsaCompany;
import org.seatkeeper.db.psa.PsaDataRepository;

/**
 * Links customers to their ConnectWise companies, one by one (with contact sync on or off) or the ticked suggestions
 * at once; each change in one transaction with its audit entry. A company is one customer's.
 */
final class CompanyLinks {

    private final CustomerCompanyRepository links;
    private final PsaDataRepository psa;
    private final CustomerRepository customers;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    CompanyLinks(CustomerCompanyRepository links, PsaDataRepository psa, CustomerRepository customers, AuditLog audit,
                 Transactions transactions, Clock clock) {
        this.links = links;
        this.psa = psa;
        this.customers = customers;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return true when it saved; false when the form now holds a message by the wrong field */
    boolean link(String actor, long customerId, FormModel form) {
        return transactions.inTransaction(() -> {
            PsaCompany company = company(form.value("psaCompanyId"));
            if (company == null) {
                form.error("psaCompanyId", "Choose the customer's company from the ConnectWise companies (Refresh PSA data "
                        + "in Settings → PSA if it is not listed).");
                return false;
            }
            String taken = takenBy(company.id(), customerId);
            if (taken != null) {
                form.error("psaCompanyId", "This company is linked to " + taken + ".");
                return false;
            }
            boolean contactSync = "true".equals(form.value("contactSync"));
            CustomerCompany before = links.find(customerId).orElse(null);
            if (before == null) {
                links.link(customerId, company.id(), contactSync, actor, clock.instant());
            } else {
                try {
                    links.update(customerId, company.id(), contactSync, actor, clock.instant(), form.version());
                } catch (OptimisticLockException e) {
                    form.error("psaCompanyId", "Someone changed this customer's ConnectWise link since you opened the page. "
                            + "Reload it to see their change, then choose again.");
                    return false;
                }
            }
            String name = customers.find(customerId).map(Customer::name).orElse("#" + customerId);
            audit.record(actor, before == null ? AuditAction.LINK : AuditAction.UPDATE, AuditEntity.CUSTOMER_PSA_COMPANY,
                    customerId,
                    "Customer " + name + " linked to ConnectWise company " + company.name() + " (" + company.identifier()
                            + "), contact sync " + (contactSync ? "on" : "off"),
                    before == null ? null : state(before.psaCompanyId(), before.contactSync()), state(company.id(), contactSync));
            return true;
        });
    }

    /** Links each ticked customer → company pair the rules allow; the refused ones come back with their reason. */
    BulkResult linkAll(String actor, Map<Long, Long> companyByCustomer) {
        return transactions.inTransaction(() -> {
            List<String> linked = new ArrayList<>();
            Map<Long, String> refused = new LinkedHashMap<>();
            companyByCustomer.forEach((customerId, companyId) -> {
                Customer customer = customers.find(customerId).orElse(null);
                PsaCompany company = psa.company(companyId).filter(PsaCompany::present).orElse(null);
                if (customer == null || company == null) {
                    refused.put(customerId, "The customer or the company no longer exists.");
                } else if (links.find(customerId).isPresent()) {
                    refused.put(customerId, customer.name() + " is linked already.");
                } else if (takenBy(companyId, customerId) != null) {
                    refused.put(customerId, company.name() + " is linked to " + takenBy(companyId, customerId) + ".");
                } else {
                    links.link(customerId, companyId, false, actor, clock.instant());
                    audit.record(actor, AuditAction.LINK, AuditEntity.CUSTOMER_PSA_COMPANY, customerId, "Customer "
                            + customer.name()
                            + " linked to ConnectWise company " + company.name() + " (" + company.identifier()
                            + ") from the suggested matches", null, state(companyId, false));
                    linked.add(customer.name());
                }
            });
            return new BulkResult(linked, refused);
        });
    }

    record BulkResult(List<String> linked, Map<Long, String> refused) {
    }

    private PsaCompany company(String typed) {
        try {
            return psa.company(Long.parseLong(typed)).filter(PsaCompany::present).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The name of the other customer the company is linked to, else null. */
    private String takenBy(long companyId, long customerId) {
        return links.customerOfCompany(companyId).filter(other -> other != customerId)
                .map(other -> customers.find(other).map(Customer::name).orElse("customer #" + other)).orElse(null);
    }

    private static AuditState state(long companyId, boolean contactSync) {
        return AuditState.of("psaCompanyId", companyId, "contactSync", contactSync);
    }
}
