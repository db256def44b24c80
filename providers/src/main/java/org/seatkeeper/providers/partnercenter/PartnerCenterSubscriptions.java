package org.seatkeeper.providers.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.seatkeeper.providers.http.ApiCall;
import org.seatkeeper.providers.http.JsonApi;
import org.seatkeeper.providers.http.JsonResponse;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderResponseException;
import org.seatkeeper.providers.http.ProviderUnavailableException;

/** Subscriptions of one customer (§1.8, §1.9): not paged; quantity changes by PATCH of the whole resource. */
final class PartnerCenterSubscriptions {

    private final JsonApi api;
    private final PartnerCenterSettings settings;

    PartnerCenterSubscriptions(JsonApi api, PartnerCenterSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    List<Parsed<PcSubscription>> list(String customerId) {
        return call(ApiCall.get(subscriptionsUri(customerId, ""))).list("items", PcSubscription.class).items();
    }

    PcSubscription get(String customerId, String subscriptionId) {
        return call(ApiCall.get(subscriptionsUri(customerId, subscriptionId))).as(PcSubscription.class);
    }

    List<Parsed<SubscribedSku>> subscribedSkus(String customerId) {
        URI uri = settings.baseUri().resolve("customers/" + PartnerCenterClient.segment(customerId) + "/subscribedskus");
        return call(ApiCall.get(uri)).list("items", SubscribedSku.class).items();
    }

    PcSubscription changeQuantity(String customerId, String subscriptionId, int quantity) {
        URI uri = subscriptionsUri(customerId, subscriptionId);
        String requestId = UUID.randomUUID().toString();
        JsonNode current = api.call(ApiCall.get(uri).withHeader("MS-RequestId", requestId)).tree();
        if (!(current instanceof ObjectNode resource)) {
            throw new ProviderResponseException(PartnerCenterClient.PROVIDER, "GET " + uri.getPath(),
                    "the subscription is not a JSON object", null);
        }
        resource.put("quantity", quantity);
        JsonResponse patched = api.call(ApiCall.patch(uri, resource).withHeader("MS-RequestId", requestId));
        if (patched.status() != 202) {
            return patched.as(PcSubscription.class);
        }
        URI location = patched.header("Location").map(link -> settings.baseUri().resolve(link)).orElse(uri);
        return poll(location, quantity, requestId);
    }

    private PcSubscription poll(URI location, int quantity, String requestId) {
        for (int poll = 1; poll <= settings.maxPolls(); poll++) {
            PcSubscription now = api.call(ApiCall.get(location).withHeader("MS-RequestId", requestId))
                    .as(PcSubscription.class);
            if (now.quantity() != null && now.quantity() == quantity) {
                return now;
            }
            pause();
        }
        throw new ProviderUnavailableException(PartnerCenterClient.PROVIDER, "PATCH " + location.getPath(),
                "the quantity change to " + quantity + " was accepted but has not shown yet", settings.maxPolls(), null);
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(PartnerCenterClient.PROVIDER, "a quantity change", "interrupted", 1, e);
        }
    }

    private JsonResponse call(ApiCall call) {
        return api.call(call.withHeader("MS-RequestId", UUID.randomUUID().toString()));
    }

    private URI subscriptionsUri(String customerId, String subscriptionId) {
        return settings.baseUri().resolve("customers/" + PartnerCenterClient.segment(customerId) + "/subscriptions"
                + (subscriptionId.isEmpty() ? "" : "/" + PartnerCenterClient.segment(subscriptionId)));
    }
}
