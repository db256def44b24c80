package org.seatkeeper.emulator.connectwise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;
import org.seatkeeper.emulator.http.Json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** conditions, orderBy, fields, 1-based page/pageSize (max 1000) and the navigable Link header. */
final class CwQuery {

    private static final int DEFAULT_PAGE_SIZE = 25;
    private static final int MAX_PAGE_SIZE = 1000;

    private CwQuery() {
    }

    static List<ObjectNode> filter(HttpCall call, List<ObjectNode> all) {
        Predicate<JsonNode> condition = Conditions.parse(call.param("conditions").orElse(null));
        List<ObjectNode> matching = all.stream().filter(condition).collect(Collectors.toCollection(ArrayList::new));
        call.param("orderBy").filter(s -> !s.isBlank()).ifPresent(order -> {
            String[] parts = order.trim().split("\\s+");
            String[] path = parts[0].split("/");
            Comparator<ObjectNode> comparator = Comparator.comparing(n -> Conditions.lookup(n, path),
                    (a, b) -> a.isNumber() && b.isNumber() ? Double.compare(a.asDouble(), b.asDouble()) : a.asText("").compareToIgnoreCase(b.asText("")));
            matching.sort(parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? comparator.reversed() : comparator);
        });
        return matching;
    }

    static HttpReply count(HttpCall call, List<ObjectNode> all) {
        return HttpReply.ok(Json.object().put("count", filter(call, all).size()));
    }

    static HttpReply page(HttpCall call, List<ObjectNode> all) {
        List<ObjectNode> matching = filter(call, all);
        int page = call.intParam("page").orElse(1);
        int size = Math.min(MAX_PAGE_SIZE, call.intParam("pageSize").orElse(DEFAULT_PAGE_SIZE));
        if (page < 1 || size < 1) {
            throw ApiException.badRequest("InvalidPaging", "page must be >= 1 and pageSize between 1 and " + MAX_PAGE_SIZE);
        }
        List<String> fields = call.param("fields").map(f -> Arrays.stream(f.split(",")).map(String::trim).toList()).orElse(List.of());
        ArrayNode body = Json.array();
        int from = (page - 1) * size;
        for (int i = from; i < Math.min(matching.size(), from + size); i++) {
            ObjectNode item = matching.get(i).deepCopy();
            if (!fields.isEmpty()) {
                item.retain(fields);
            }
            body.add(item);
        }
        HttpReply reply = HttpReply.json(200, body);
        int last = Math.max(1, (matching.size() + size - 1) / size);
        List<String> links = new ArrayList<>();
        if (page > 1) {
            links.add(link(call, 1, size, "first"));
            links.add(link(call, page - 1, size, "prev"));
        }
        if (page < last) {
            links.add(link(call, page + 1, size, "next"));
            links.add(link(call, last, size, "last"));
        }
        return links.isEmpty() ? reply : reply.withHeader("Link", String.join(", ", links));
    }

    private static String link(HttpCall call, int page, int size, String rel) {
        StringBuilder url = new StringBuilder(call.origin()).append(call.path()).append('?');
        call.query().forEach((key, values) -> {
            if (!key.equals("page") && !key.equals("pageSize")) {
                values.forEach(v -> url.append(encode(key)).append('=').append(encode(v)).append('&'));
            }
        });
        url.append("pageSize=").append(size).append("&page=").append(page);
        return "<" + url + ">; rel=\"" + rel.toLowerCase(Locale.ROOT) + "\"";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
