package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

/** {@code company/contacts}: list, count, get, create, PUT and PATCH; contacts are never deleted here. */
final class CwContacts {

    private static final Set<String> READ_ONLY = Set.of("id", "_info");

    private final CwBook book;

    CwContacts(CwBook book) {
        this.book = book;
    }

    HttpReply handle(HttpCall call, String method, String[] rest) {
        if (rest.length == 0) {
            return method.equals("POST") ? create(Json.read(call.body())) : CwQuery.page(call, book.contacts());
        }
        if (rest[0].equals("count")) {
            return CwQuery.count(call, book.contacts());
        }
        int id = ConnectWiseEndpoint.id(rest[0]);
        ObjectNode contact = book.contact(id);
        if (contact == null) {
            throw ApiException.notFound("Contact with id " + id + " not found");
        }
        return switch (method) {
            case "PUT" -> save(id, CwAdditions.merge(contact, Json.read(call.body()), READ_ONLY));
            case "PATCH" -> save(id, CwAdditions.patch(contact, Json.read(call.body()), READ_ONLY));
            case "DELETE" -> throw new ApiException(405, "MethodNotAllowed", "The emulator keeps every contact.");
            default -> HttpReply.ok(contact);
        };
    }

    private HttpReply create(JsonNode body) {
        if (!body.isObject()) {
            throw CwAdditions.validation("body", "InvalidObject", "POST needs a contact object.");
        }
        ObjectNode contact = ((ObjectNode) body).deepCopy();
        contact.remove("id");
        validate(contact);
        ObjectNode company = book.company(Json.field(contact, "company").path("id").asInt());
        contact.set("company", CwJson.reference(company));
        if (!contact.has("inactiveFlag")) {
            contact.put("inactiveFlag", false);
        }
        return HttpReply.json(201, book.addContact(contact));
    }

    private HttpReply save(int id, ObjectNode contact) {
        validate(contact);
        book.replaceContact(id, contact);
        return HttpReply.ok(contact.deepCopy());
    }

    private void validate(ObjectNode contact) {
        String firstName = Json.text(contact, "firstName");
        if (firstName == null || firstName.isBlank()) {
            throw CwAdditions.validation("firstName", "NullValue", "The firstName field is required.");
        }
        if (firstName.length() > 30 || String.valueOf(Json.text(contact, "lastName")).length() > 30) {
            throw CwAdditions.validation("firstName", "InvalidValue", "firstName and lastName are at most 30 characters.");
        }
        JsonNode company = Json.field(contact, "company");
        if (!company.has("id") || book.company(company.get("id").asInt()) == null) {
            throw CwAdditions.validation("company", "NullValue", "The company field is required and must reference a company.");
        }
    }
}
