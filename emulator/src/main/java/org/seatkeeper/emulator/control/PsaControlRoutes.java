package org.seatkeeper.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.seatkeeper.emulator.EmulatorControl;
import org.seatkeeper.emulator.PsaAdditionEdit;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

/** {@code /_emulator/psa/...}: the emulated ConnectWise as tests read it and as a person changes it by hand. */
final class PsaControlRoutes {

    private PsaControlRoutes() {
    }

    /** @param s the path's segments after {@code /_emulator/}, starting with {@code psa} */
    static HttpReply handle(EmulatorControl control, HttpCall call, String method, String[] s) {
        if (s.length == 2 && s[1].equals("agreements") && method.equals("GET")) {
            return HttpReply.ok(Json.tree(control.psaAgreements(call.intParam("companyId").orElse(0))));
        }
        if (s.length == 2 && s[1].equals("agreements") && method.equals("POST")) {
            JsonNode body = Json.read(call.body());
            long id = control.addPsaAgreement(body.path("companyId").asLong(), body.path("name").asText(),
                    body.path("type").asText(), body.path("status").asText("Active"), body.path("prorate").asBoolean(true));
            return HttpReply.json(201, Json.object().put("id", id));
        }
        if (s.length == 4 && s[1].equals("agreements") && s[3].equals("additions") && method.equals("GET")) {
            return HttpReply.ok(Json.tree(control.psaAdditions(number(s[2]))));
        }
        if (s.length == 5 && s[1].equals("agreements") && s[3].equals("additions") && method.equals("PATCH")) {
            JsonNode body = Json.read(call.body());
            control.editPsaAddition(number(s[2]), number(s[4]), new PsaAdditionEdit(integer(body, "quantity"),
                    integer(body, "lessIncluded"), text(body, "description"), text(body, "invoiceDescription"),
                    body.hasNonNull("cancelledDate") ? LocalDate.parse(body.get("cancelledDate").asText()) : null));
            return HttpReply.empty(204);
        }
        if (s.length == 4 && s[1].equals("agreements") && s[3].equals("status") && method.equals("PUT")) {
            control.setPsaAgreementStatus(number(s[2]), Json.read(call.body()).path("status").asText());
            return HttpReply.empty(204);
        }
        if (s.length == 4 && s[1].equals("companies") && s[3].equals("contacts") && method.equals("GET")) {
            return HttpReply.ok(Json.tree(control.psaContacts(number(s[2]))));
        }
        throw ApiException.notFound("No PSA control operation " + method + " " + call.path());
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an id: " + text);
        }
    }

    private static Integer integer(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asInt() : null;
    }

    private static String text(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }
}
