package org.seatkeeper.app.agreements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.db.agreements.AgreementTemplateDetails;

/** The agreement types a reseller can pick; the Microsoft Customer Agreement type belongs to the built-in template. */
final class AgreementTypes {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("ResellerAgreement", "Reseller agreement");
        LABELS.put("ServiceAgreement", "Service agreement");
        LABELS.put("DataProcessingAgreement", "Data processing agreement");
        LABELS.put("Other", "Other");
    }

    private AgreementTypes() {
    }

    static String label(String type) {
        if (AgreementTemplateDetails.MICROSOFT_CUSTOMER_AGREEMENT.equals(type)) {
            return "Microsoft Customer Agreement";
        }
        return LABELS.getOrDefault(type, type);
    }

    static boolean selectable(String type) {
        return LABELS.containsKey(type);
    }

    static List<Map<String, String>> options() {
        return LABELS.entrySet().stream().map(e -> Map.of("value", e.getKey(), "label", e.getValue())).toList();
    }
}
