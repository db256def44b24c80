package org.seatkeeper.providers.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.seatkeeper.providers.http.Parsed;

/**
 * The id of an item that could not be read as a whole (a quantity or price that is not a number, a field of the wrong
 * type), read from its text: the sync must know which subscription it is to leave it exactly as it was.
 */
final class RejectedIds {

    // only the rare unreadable item comes here; a plain mapper is enough to find an id in it
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RejectedIds() {
    }

    /** The first of {@code fields} that holds text in the item, or null when none does or the text is not JSON. */
    static String of(Parsed<?> parsed, String... fields) {
        try {
            JsonNode item = MAPPER.readTree(parsed.raw());
            for (String field : fields) {
                JsonNode value = item == null ? null : item.get(field);
                if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                    return value.asText();
                }
            }
            return null;
        } catch (Exception notJson) {
            return null;
        }
    }

    /** The rejected record of an item that could not be read. */
    static RejectedRecord unreadable(Parsed<?> parsed, String... idFields) {
        return new RejectedRecord(of(parsed, idFields), parsed.problem(), parsed.raw());
    }
}
