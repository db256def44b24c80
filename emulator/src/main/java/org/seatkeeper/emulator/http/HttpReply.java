package org.seatkeeper.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** An answer, independent of Jetty. {@code json} marks bodies the malformed-body fault may truncate. */
public record HttpReply(int status, Map<String, String> headers, String body, boolean json) {

    public HttpReply {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public static HttpReply json(int status, JsonNode node) {
        return jsonText(status, Json.write(node));
    }

    /** A JSON answer already written as text. */
    public static HttpReply jsonText(int status, String json) {
        return new HttpReply(status, Map.of("Content-Type", "application/json; charset=utf-8"), json, true);
    }

    public static HttpReply ok(JsonNode node) {
        return json(200, node);
    }

    public static HttpReply empty(int status) {
        return new HttpReply(status, Map.of(), "", false);
    }

    public HttpReply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpReply(status, copy, body, json);
    }

    /** The malformed-body fault: the JSON is cut in half, so parsers fail. */
    public HttpReply truncated() {
        if (!json || body.length() < 2) {
            return this;
        }
        return new HttpReply(status, headers, body.substring(0, body.length() / 2), true);
    }
}
