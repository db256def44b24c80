package org.seatkeeper.providers.connectwise;

/** A ConnectWise list resource and the record its items read into; its {@code /count} is beside it. */
public record CwList<T>(String path, Class<T> type) {

    public static final CwList<CwCompany> COMPANIES = new CwList<>("company/companies", CwCompany.class);
    public static final CwList<CwContact> CONTACTS = new CwList<>("company/contacts", CwContact.class);
    public static final CwList<CwAgreement> AGREEMENTS = new CwList<>("finance/agreements", CwAgreement.class);
    public static final CwList<CwAgreementType> AGREEMENT_TYPES = new CwList<>("finance/agreements/types", CwAgreementType.class);
    public static final CwList<CwCatalogItem> CATALOG = new CwList<>("procurement/catalog", CwCatalogItem.class);

    public static CwList<CwAddition> additions(long agreementId) {
        return new CwList<>("finance/agreements/" + agreementId + "/additions", CwAddition.class);
    }
}
