package org.seatkeeper.app.psabilling;

import java.util.List;
import org.seatkeeper.db.customers.Customer;
import org.seatkeeper.db.psa.PsaAgreement;
import org.seatkeeper.db.psabilling.BillingProfile;
import org.seatkeeper.db.psabilling.LicenseLink;
import org.seatkeeper.db.usage.TenantLicense;

/**
 * What a license link is chosen among: the customer's ConnectWise company (null when not linked yet), the profiles
 * that bill the license's SKU, the company's open agreements of a type one of them may go on, and the license's other
 * links.
 */
record LinkContext(Customer customer, TenantLicense license, String licenseName, Long psaCompanyId,
                   List<BillingProfile> profiles, List<PsaAgreement> agreements, List<LicenseLink> links) {
}
