package org.seatkeeper.providers.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A list answer read in one pass over its bytes: each item of the list straight into its record, and the answer's
 * other top-level fields (paging links, counts) as a small tree.
 *
 * <p>Why not a tree first: a subscription sync reads 10,000 such answers of about 40 KB; building every item as a
 * tree and then mapping the tree cost more CPU than the mapping itself. An item that does not map is still kept on
 * its own with its text (a slice of the answer, cut only when asked for), so one bad item never fails its page. Bytes
 * that are not JSON fail the whole answer, as before.
 *
 * @param items the items of the list field (or of the whole answer when it is a bare array)
 * @param rest  the other top-level fields; empty for a bare array
 */
public record ListBody<T>(List<Parsed<T>> items, JsonNode rest) {

    /**
     * @param listField the top-level field holding the list, matched ignoring case as the mapper matches properties
     * @throws IOException when the bytes are not JSON, or are empty or a bare value: never "no items", since a sync
     *                     takes a list without an item as the provider no longer having it
     */
    public static <T> ListBody<T> read(ObjectMapper mapper, byte[] body, String listField, Class<T> type)
            throws IOException {
        List<Parsed<T>> items = new ArrayList<>();
        ObjectNode rest = mapper.createObjectNode();
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, first == null ? "the answer is empty"
                        : "the answer is neither a list nor an object");
            }
            if (first == JsonToken.START_ARRAY) {
                readItems(mapper, parser, body, type, items);
            } else {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_ARRAY && name.equalsIgnoreCase(listField)) {
                        readItems(mapper, parser, body, type, items);
                    } else {
                        rest.set(name, mapper.readTree(parser));
                    }
                }
            }
        }
        return new ListBody<>(items, rest);
    }

    private static <T> void readItems(ObjectMapper mapper, JsonParser parser, byte[] body, Class<T> type,
                                      List<Parsed<T>> items) throws IOException {
        JsonStreamContext list = parser.getParsingContext();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int start = (int) parser.currentTokenLocation().getByteOffset();
            T value = null;
            String problem = null;
            try {
                value = mapper.readValue(parser, type);
            } catch (DatabindException | InputCoercionException e) {
                problem = Parsed.problem(type, e);
                // on to the end of this item; bytes that are not JSON throw here and fail the answer
                while (parser.getParsingContext() != list) {
                    if (parser.nextToken() == null) {
                        throw e;
                    }
                }
            }
            int end = (int) parser.currentLocation().getByteOffset();
            items.add(new Parsed<>(value, problem, () -> new String(body, start, end - start, StandardCharsets.UTF_8)));
        }
    }
}
