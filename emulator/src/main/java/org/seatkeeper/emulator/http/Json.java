package org.seatkeeper.emulator.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;

/** JSON reading and writing for the emulator's own payloads (never shared with the clients). */
public final class Json {

    // Configured once and never changed: ObjectMapper is thread-safe after configuration.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule()
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Duration.class, ToStringSerializer.instance))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // amounts keep their scale (a price of 150.00 stays 150.00 through the control API)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    /** Writes JSON with a generator, for answers that are cheaper to write than to build as a tree first. */
    @FunctionalInterface
    public interface Writing {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    /** What {@code writing} writes, as text. */
    public static String text(Writing writing) {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            writing.writeTo(generator);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
        return out.toString();
    }

    /** What {@code writing} writes, as a tree (for answers a handler still changes before sending). */
    public static JsonNode written(Writing writing) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            writing.writeTo(buffer);
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    /** Records and other values as a JSON tree (dates as ISO text). */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** A tree as a record or other value; a tree that does not fit is a 400. */
    public static <T> T as(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badRequest("InvalidBody", "The body does not fit " + type.getSimpleName() + ": "
                    + (e.getMessage() == null ? e : e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** The mapper's type factory user: a JSON list of {@code type}. */
    public static <T> java.util.List<T> list(JsonNode node, Class<T> type) {
        return MAPPER.convertValue(node, MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, type));
    }

    /** Parses a request body; an empty or broken body is a 400. */
    public static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("InvalidBody", "A JSON body is required");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("InvalidBody", "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Field lookup ignoring case: Partner Center samples send PascalCase and answer camelCase. */
    public static JsonNode field(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return MissingNode.getInstance();
        }
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return MissingNode.getInstance();
    }

    /** Text of a field (ignoring case), or null when missing, null or blank. */
    public static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
