package org.seatkeeper.providers.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.seatkeeper.providers.http.ListBody;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderJson;

/** Reads test payloads from the classpath with the clients' own mapper. */
final class Fixtures {

    static final ObjectMapper MAPPER = ProviderJson.mapper();

    private Fixtures() {
    }

    static JsonNode json(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The items of a list answer, read the way the clients read them. */
    static <T> List<Parsed<T>> items(String resource, String field, Class<T> type) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return ListBody.read(MAPPER, in.readAllBytes(), field, type).items();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
