package org.seatkeeper.app.usage;

import java.util.List;

/**
 * A customer's Licenses tab: its tenant link (and the choices to make or change it), the last read, and the licenses.
 *
 * @param tenantId    the linked tenant, empty when none
 * @param tenants     the tenant ids of the customer's mapped provider accounts, to choose from
 * @param partners    the Partner Center providers whose delegated access can read the tenant
 * @param lastRead    when the licenses were last read, or a sentence saying they never were
 * @param problem     why the last read failed, empty when it worked
 * @param reading     a refresh for this customer is running (the page reloads itself)
 */
public record CustomerLicensesPage(long customerId, String customerName, boolean canWrite, String tenantId, String partnerName,
                            List<Option> tenants, List<Option> partners, String lastRead, String problem, boolean reading,
                            List<LicenseRow> licenses, int totalUnassigned) {

    /** A choice in a select: {value, label}, as the form macros take it. */
    public record Option(String value, String label) {
    }
}
