package org.seatkeeper.emulator.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.data.Ids;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Microsoft Customer Agreement metadata and attestations. */
final class PcAgreements {

    static final String MCA_TEMPLATE_ID = "117a77b0-9360-443b-8795-c6dedc750cf9";
    private static final String MCA = "MicrosoftCustomerAgreement";

    private final World world;
    private final PartnerCenterState state;

    PcAgreements(World world, PartnerCenterState state) {
        this.world = world;
        this.state = state;
    }

    HttpReply metadata(HttpCall call) {
        String type = call.param("agreementType").orElse(MCA);
        List<ObjectNode> items = new ArrayList<>();
        if (type.equalsIgnoreCase(MCA) || type.equals("*")) {
            ObjectNode item = Json.object();
            item.put("templateId", MCA_TEMPLATE_ID).put("agreementType", MCA)
                    .put("agreementLink", "https://aka.ms/customeragreement").put("versionRank", 0);
            item.putObject("attributes").put("objectType", "AgreementMetaData");
            items.add(item);
        }
        return HttpReply.ok(PcJson.collection(items, PcJson.BASE + "agreements?agreementType=" + type));
    }

    HttpReply confirm(HttpCall call, String customerId) {
        world.read(() -> PcCustomers.require(world, customerId));
        JsonNode body = Json.read(call.body());
        JsonNode contact = Json.field(body, "primaryContact");
        if (Json.text(contact, "firstName") == null || Json.text(contact, "lastName") == null || Json.text(contact, "email") == null) {
            throw ApiException.badRequest("600061", "primaryContact needs firstName, lastName and email.");
        }
        if (!MCA_TEMPLATE_ID.equalsIgnoreCase(Json.text(body, "templateId"))) {
            throw ApiException.badRequest("600062", "Unknown agreement templateId.");
        }
        if (Json.text(body, "dateAgreed") == null) {
            throw ApiException.badRequest("600063", "dateAgreed is required.");
        }
        ObjectNode agreement = Json.object();
        agreement.set("primaryContact", contact.deepCopy());
        agreement.put("templateId", Json.text(body, "templateId"));
        agreement.put("dateAgreed", Json.text(body, "dateAgreed"));
        agreement.put("type", MCA);
        agreement.put("agreementLink", "https://aka.ms/customeragreement");
        agreement.put("userId", Ids.uuid(new Random(customerId.hashCode() * 31L + state.agreements(customerId).size())).toString());
        agreement.putObject("attributes").put("objectType", "Agreement");
        state.recordAgreement(customerId, agreement);
        return HttpReply.json(201, agreement);
    }

    HttpReply list(String customerId) {
        world.read(() -> PcCustomers.require(world, customerId));
        List<ObjectNode> items = new ArrayList<>();
        state.agreements(customerId).forEach(a -> items.add((ObjectNode) a.deepCopy()));
        return HttpReply.ok(PcJson.collection(items, PcJson.BASE + "customers/" + customerId + "/agreements"));
    }
}
