package org.seatkeeper.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request, independent of Jetty.
 *
 * @param headers        lower-case names, first value
 * @param tokensExpired  the expired-token fault is on: every access token must be refused
 * @param origin         scheme, host and port, e.g. {@code http://127.0.0.1:8080}, for absolute links
 */
public record HttpCall(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                       String body, boolean tokensExpired, String origin) {

    public HttpCall {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public static HttpCall of(String method, String pathAndQuery, Map<String, String> headers, String body, String origin) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        Map<String, List<String>> query = q < 0 ? Map.of() : parseForm(pathAndQuery.substring(q + 1));
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((k, v) -> lower.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        return new HttpCall(method, path, query, lower, body, false, origin);
    }

    public HttpCall withTokensExpired(boolean expired) {
        return new HttpCall(method, path, query, headers, body, expired, origin);
    }

    /** Parses {@code a=1&b=2} (query strings and form bodies). */
    public static Map<String, List<String>> parseForm(String text) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
        }
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Integer query parameter; a value that is not a number is a 400. */
    public Optional<Integer> intParam(String name) {
        return param(name).filter(s -> !s.isBlank()).map(s -> {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("InvalidParameter", "Query parameter " + name + " is not a number: " + s);
            }
        });
    }

    /** The bearer token, if an {@code Authorization: Bearer} header is present. */
    public Optional<String> bearer() {
        return header("authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7)).map(h -> h.substring(7).trim());
    }

    /** Form fields of an {@code application/x-www-form-urlencoded} body. */
    public Map<String, List<String>> form() {
        return parseForm(body);
    }

    public String formValue(String name) {
        List<String> values = form().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public boolean is(String wantedMethod) {
        return method.equalsIgnoreCase(wantedMethod);
    }
}
