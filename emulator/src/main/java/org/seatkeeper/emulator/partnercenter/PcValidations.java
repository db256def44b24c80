package org.seatkeeper.emulator.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.util.List;
import java.util.Optional;

/**
 * Address validation (the post-2021 shape) and market rules. Deterministic: a street without a number is not found
 * ({@code None}); a postal code in the wrong format gets a corrected suggestion ({@code StreetPartial}).
 */
final class PcValidations {

    HttpReply validateAddress(String body) {
        JsonNode input = Json.read(body);
        ObjectNode original = Json.object();
        for (String field : List.of("addressLine1", "addressLine2", "addressLine3", "city", "state", "postalCode", "country")) {
            String value = Json.text(input, field);
            if (value != null) {
                original.put(field, value);
            }
        }
        ObjectNode result = Json.object();
        result.set("originalAddress", original);
        ArrayNode suggestions = result.putArray("suggestedAddresses");
        String line1 = Json.text(input, "addressLine1");
        String postalCode = Json.text(input, "postalCode");
        Optional<CountryRules> rules = CountryRules.of(Json.text(input, "country"));
        if (rules.isEmpty()) {
            return answer(result, "NotValidated", "Addresses in this country are not validated.");
        }
        if (line1 == null || !line1.matches(".*\\d.*")) {
            return answer(result, "None", "The street address could not be found.");
        }
        String state = Json.text(input, "state");
        if (rules.get().stateRequired() && (state == null || !rules.get().states().contains(state.toUpperCase()))) {
            return answer(result, "None", "A valid state is required for " + rules.get().iso2() + ".");
        }
        if (postalCode == null || !postalCode.matches(rules.get().postalCodeRegex())) {
            Optional<String> corrected = Optional.ofNullable(postalCode).flatMap(rules.get()::correctPostalCode);
            if (corrected.isEmpty()) {
                return answer(result, "None", "The postal code is not valid for " + rules.get().iso2() + ".");
            }
            suggestions.add(original.deepCopy().put("postalCode", corrected.get()));
            return answer(result, "StreetPartial", "The postal code was corrected.");
        }
        suggestions.add(original.deepCopy());
        return answer(result, "Verified", null);
    }

    private static HttpReply answer(ObjectNode result, String status, String message) {
        result.put("status", status);
        if (message != null) {
            result.put("validationMessage", message);
        }
        return HttpReply.ok(result);
    }

    HttpReply countryRules(String iso2) {
        CountryRules rules = CountryRules.of(iso2).orElseThrow(() ->
                new ApiException(404, "600050", "No validation rules for country " + iso2 + "."));
        ObjectNode json = Json.object();
        json.put("iso2Code", rules.iso2()).put("defaultCulture", rules.culture()).put("isStateRequired", rules.stateRequired());
        rules.states().forEach(json.putObject("states").putArray("value")::add);
        rules.languages().forEach(json.putObject("supportedLanguages").putArray("value")::add);
        json.putObject("supportedCultures").putArray("value").add(rules.culture());
        json.put("isPostalCodeRequired", true).put("postalCodeRegex", rules.postalCodeRegex()).put("isCityRequired", true);
        json.put("isVatIdSupported", !rules.vatIdRegex().isEmpty()).put("vatIdRegex", rules.vatIdRegex());
        json.put("taxIdFormat", "").put("taxIdSample", "").put("isTaxIdSupported", false).put("isTaxIdOptional", true);
        json.put("phoneNumberRegex", rules.phoneRegex()).put("isRegistrationNumberSupported", rules.registrationNumber());
        json.put("resellerAgreementRegion", rules.agreementRegion()).put("geographicRegion", rules.region());
        json.putObject("countryCallingCodes").putArray("value").add(rules.callingCode());
        json.putObject("attributes").put("objectType", "CountryInformation");
        return HttpReply.ok(json);
    }
}
