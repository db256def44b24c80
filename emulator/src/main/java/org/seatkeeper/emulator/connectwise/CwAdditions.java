package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.util.List;
import java.util.Set;

/** Agreement additions: list, count, get, create, PUT, PATCH (JSON array of {op,path,value}); cancel = cancelledDate. */
final class CwAdditions {

    private static final Set<String> READ_ONLY = Set.of("id", "agreementId", "billedQuantity", "extPrice", "extCost", "margin",
            "agreementStatus", "_info");

    private final CwBook book;

    CwAdditions(CwBook book) {
        this.book = book;
    }

    HttpReply handle(HttpCall call, String method, int agreementId, String[] rest) {
        ObjectNode agreement = book.agreement(agreementId);
        if (agreement == null) {
            throw ApiException.notFound("Agreement with id " + agreementId + " not found");
        }
        if (rest.length == 0) {
            return method.equals("POST") ? create(agreement, Json.read(call.body())) : CwQuery.page(call, book.additions(agreementId));
        }
        if (rest[0].equals("count")) {
            return CwQuery.count(call, book.additions(agreementId));
        }
        int id = ConnectWiseEndpoint.id(rest[0]);
        ObjectNode addition = book.addition(agreementId, id);
        if (addition == null) {
            throw ApiException.notFound("Addition with id " + id + " not found");
        }
        return switch (method) {
            case "PUT" -> save(id, merge(addition, Json.read(call.body()), READ_ONLY));
            case "PATCH" -> save(id, patch(addition, Json.read(call.body()), READ_ONLY));
            default -> HttpReply.ok(addition);
        };
    }

    private HttpReply create(ObjectNode agreement, JsonNode body) {
        JsonNode productRef = Json.field(body, "product");
        ObjectNode product = productRef.has("id") ? book.catalogItem(productRef.get("id").asInt())
                : productRef.has("identifier") ? book.catalogItem(productRef.get("identifier").asText()) : null;
        if (product == null) {
            throw validation("product", "NullValue", "The product field is required and must reference a catalog item.");
        }
        String billCustomer = Json.text(body, "billCustomer");
        if (billCustomer == null || !List.of("Billable", "DoNotBill", "NoCharge").contains(billCustomer)) {
            throw validation("billCustomer", "InvalidValue", "billCustomer must be Billable, DoNotBill or NoCharge.");
        }
        JsonNode quantity = Json.field(body, "quantity");
        String effective = Json.text(body, "effectiveDate");
        ObjectNode created = book.addAddition(agreement, product, quantity.isMissingNode() ? 1 : quantity.asInt(),
                effective == null ? java.time.LocalDate.now() + "T00:00:00Z" : effective, (ObjectNode) body);
        return HttpReply.json(201, created);
    }

    static ObjectNode merge(ObjectNode addition, JsonNode body, Set<String> readOnly) {
        if (!body.isObject()) {
            throw validation("body", "InvalidObject", "PUT needs the whole object.");
        }
        body.fields().forEachRemaining(e -> {
            if (!readOnly.contains(e.getKey())) {
                addition.set(e.getKey(), e.getValue());
            }
        });
        return addition;
    }

    static ObjectNode patch(ObjectNode addition, JsonNode operations, Set<String> readOnly) {
        if (!operations.isArray()) {
            throw validation("body", "InvalidObject", "PATCH takes a JSON array of {op, path, value}.");
        }
        for (JsonNode operation : operations) {
            String op = Json.text(operation, "op");
            String path = String.valueOf(Json.text(operation, "path")).replaceFirst("^/", "");
            if (readOnly.contains(path)) {
                throw validation(path, "ReadOnly", path + " cannot be changed.");
            }
            switch (String.valueOf(op).toLowerCase()) {
                case "replace", "add" -> addition.set(path, Json.field(operation, "value"));
                case "remove" -> addition.remove(path);
                default -> throw validation("op", "InvalidValue", "Unsupported op " + op);
            }
        }
        return addition;
    }

    private HttpReply save(int id, ObjectNode addition) {
        if (addition.path("quantity").asDouble() < 0) {
            throw validation("quantity", "InvalidValue", "quantity must not be negative.");
        }
        book.replaceAddition(id, addition, CwBook.API_MEMBER);
        return HttpReply.ok(addition.deepCopy());
    }

    static ApiException validation(String field, String code, String message) {
        return new CwValidationException(field, code, message);
    }

    /** A 400 whose body lists the field error. */
    static final class CwValidationException extends ApiException {
        private final String field;
        private final String fieldCode;

        CwValidationException(String field, String fieldCode, String message) {
            super(400, "InvalidObject", message);
            this.field = field;
            this.fieldCode = fieldCode;
        }

        String field() {
            return field;
        }

        String fieldCode() {
            return fieldCode;
        }
    }
}
