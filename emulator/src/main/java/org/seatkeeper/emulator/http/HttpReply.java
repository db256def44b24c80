package org.seatkeeper.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer, independent of Jetty. {@code json} marks bodies the malformed-body fault may truncate; {@code binary}
 * bodies (a zip) hold one char per byte and are sent as such.
 */
public record HttpReply(int status, Map<String, String> headers, String body, boolean json, boolean binary) {

    public HttpReply {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public HttpReply(int status, Map<String, String> headers, String body, boolean json) {
        this(status, headers, body, json, false);
    }

    /** A file: text in UTF-8, e.g. a CSV. */
    public static HttpReply file(String contentType, String text) {
        return new HttpReply(200, Map.of("Content-Type", contentType), text, false, false);
    }

    /** A binary file, e.g. a zip. */
    public static HttpReply file(String contentType, byte[] bytes) {
        return new HttpReply(200, Map.of("Content-Type", contentType),
                new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), false, true);
    }

    public byte[] bytes() {
        return body.getBytes(binary ? java.nio.charset.StandardCharsets.ISO_8859_1 : java.nio.charset.StandardCharsets.UTF_8);
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
        return new HttpReply(status, copy, body, json, binary);
    }

    /** The malformed-body fault: the JSON is cut in half, so parsers fail. */
    public HttpReply truncated() {
        if (!json || body.length() < 2) {
            return this;
        }
        return new HttpReply(status, headers, body.substring(0, body.length() / 2), true, false);
    }
}
