package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.seatkeeper.emulator.PsaAdditionEdit;
import org.seatkeeper.emulator.PsaAdditionView;
import org.seatkeeper.emulator.PsaAgreementView;
import org.seatkeeper.emulator.PsaContactView;
import org.seatkeeper.emulator.data.World;

/**
 * The emulated PSA's state, shared by its endpoint and the control operations: what tests read back, and the changes
 * a person would make in ConnectWise itself (edit an addition by hand, add or end an agreement).
 */
public final class ConnectWisePsa implements java.io.Serializable {

    /** Who the hand edits of the control API are recorded as. */
    public static final String PERSON = "jsmith";
    private static final Set<String> STATUSES = Set.of("Active", "Cancelled", "Expired", "Inactive");

    private final CwBook book;

    public ConnectWisePsa(World world, long seed, Clock clock) {
        this.book = new CwBook(world, seed, clock);
    }

    CwBook book() {
        return book;
    }

    /** @param companyId 0 for every company's */
    public List<PsaAgreementView> agreements(long companyId) {
        return book.agreements().stream().filter(a -> companyId == 0 || a.path("company").path("id").asLong() == companyId)
                .map(ConnectWisePsa::agreement).toList();
    }

    public List<PsaAdditionView> additions(long agreementId) {
        requireAgreement(agreementId);
        return book.additions((int) agreementId).stream().map(ConnectWisePsa::addition).toList();
    }

    public List<PsaContactView> contacts(long companyId) {
        return book.contacts().stream().filter(c -> c.path("company").path("id").asLong() == companyId)
                .map(ConnectWisePsa::contact).toList();
    }

    /** As a person would in ConnectWise: the addition's {@code _info.updatedBy} becomes {@link #PERSON}. */
    public void editAddition(long agreementId, long additionId, PsaAdditionEdit edit) {
        ObjectNode addition = book.addition((int) agreementId, (int) additionId);
        if (addition == null) {
            throw new IllegalArgumentException("No addition " + additionId + " on agreement " + agreementId);
        }
        if (edit.quantity() != null) {
            addition.put("quantity", edit.quantity());
        }
        if (edit.lessIncluded() != null) {
            addition.put("lessIncluded", edit.lessIncluded());
        }
        if (edit.description() != null) {
            addition.put("description", edit.description());
        }
        if (edit.invoiceDescription() != null) {
            addition.put("invoiceDescription", edit.invoiceDescription());
        }
        if (edit.cancelledDate() != null) {
            addition.put("cancelledDate", edit.cancelledDate() + "T00:00:00Z");
        }
        book.replaceAddition((int) additionId, addition, PERSON);
    }

    /** @param type an agreement type's name, e.g. {@code Microsoft 365} */
    public long addAgreement(long companyId, String name, String type, String status, boolean prorate) {
        ObjectNode company = book.company((int) companyId);
        ObjectNode agreementType = book.agreementType(type);
        if (company == null || agreementType == null || !STATUSES.contains(status)) {
            throw new IllegalArgumentException("Need a known company, agreement type and status (" + STATUSES + "): "
                    + companyId + ", " + type + ", " + status);
        }
        return book.addAgreement(company, name, agreementType, status, LocalDate.of(2026, 1, 1), "USD", prorate)
                .get("id").asLong();
    }

    public void setAgreementStatus(long agreementId, String status) {
        requireAgreement(agreementId);
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Unknown agreement status " + status + "; one of " + STATUSES);
        }
        book.setAgreementStatus((int) agreementId, status);
    }

    private void requireAgreement(long agreementId) {
        if (book.agreement((int) agreementId) == null) {
            throw new IllegalArgumentException("No agreement " + agreementId);
        }
    }

    private static PsaAgreementView agreement(ObjectNode a) {
        return new PsaAgreementView(a.get("id").asLong(), a.get("name").asText(), a.path("company").path("id").asLong(),
                a.path("company").path("name").asText(), a.path("type").path("name").asText(),
                a.get("agreementStatus").asText(), a.path("prorateFlag").asBoolean());
    }

    private static PsaAdditionView addition(ObjectNode a) {
        return new PsaAdditionView(a.get("id").asLong(), a.get("agreementId").asLong(), a.path("product").path("identifier").asText(),
                a.path("quantity").asInt(), a.path("lessIncluded").asInt(), date(a.get("effectiveDate")),
                date(a.get("cancelledDate")), a.path("description").asText(null), a.path("invoiceDescription").asText(null),
                a.path("_info").path("updatedBy").asText(null));
    }

    private static PsaContactView contact(ObjectNode c) {
        String email = null;
        for (JsonNode item : c.path("communicationItems")) {
            if (item.path("communicationType").asText().equals("Email") && (email == null || item.path("defaultFlag").asBoolean())) {
                email = item.path("value").asText(null);
            }
        }
        return new PsaContactView(c.get("id").asLong(), c.path("company").path("id").asLong(), c.path("firstName").asText(null),
                c.path("lastName").asText(null), email);
    }

    private static LocalDate date(JsonNode value) {
        return value == null || value.isNull() || value.asText().length() < 10 ? null : LocalDate.parse(value.asText().substring(0, 10));
    }
}
