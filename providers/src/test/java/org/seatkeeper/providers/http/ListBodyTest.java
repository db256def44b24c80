package org.seatkeeper.providers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListBodyTest {

    record Seat(String id, Integer quantity, Nested detail) {
    }

    record Nested(String note) {
    }

    private static ListBody<Seat> read(String json, String field) throws Exception {
        return ListBody.read(ProviderJson.mapper(), json.getBytes(StandardCharsets.UTF_8), field, Seat.class);
    }

    @Test
    void shouldReadEveryItemAndKeepTheOtherFields() throws Exception {
        // when
        ListBody<Seat> body = read("{\"totalCount\":2,\"Items\":[{\"id\":\"a\",\"quantity\":3,\"unknown\":[1,{\"x\":2}]},"
                + "{\"ID\":\"b\",\"quantity\":4,\"detail\":{\"note\":\"é\"}}],\"links\":{\"next\":{\"uri\":\"/p2\"}}}", "items");

        // then: fields matched ignoring case, unknown ones skipped, the rest kept for paging
        assertThat(body.items()).extracting(Parsed::value).containsExactly(new Seat("a", 3, null),
                new Seat("b", 4, new Nested("é")));
        assertThat(body.items().get(1).raw()).isEqualTo("{\"ID\":\"b\",\"quantity\":4,\"detail\":{\"note\":\"é\"}}");
        assertThat(body.rest().path("totalCount").asInt()).isEqualTo(2);
        assertThat(body.rest().path("links").path("next").path("uri").asText()).isEqualTo("/p2");
        assertThat(body.rest().has("Items")).isFalse();
    }

    @Test
    void shouldKeepAnItemThatDoesNotMapWithItsTextAndReadTheNextOnes() throws Exception {
        // when: the bad value sits in the middle of an item, before a nested object
        ListBody<Seat> body = read("{\"items\":[{\"id\":\"a\",\"quantity\":\"three\",\"detail\":{\"note\":\"n\"},"
                + "\"tail\":[1,2]},\"scalar\",{\"id\":\"c\",\"quantity\":1}]}", "items");

        // then
        List<Parsed<Seat>> items = body.items();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).ok()).isFalse();
        assertThat(items.get(0).problem()).startsWith("unreadable Seat:").contains("three");
        assertThat(items.get(0).raw()).isEqualTo("{\"id\":\"a\",\"quantity\":\"three\",\"detail\":{\"note\":\"n\"},"
                + "\"tail\":[1,2]}");
        assertThat(items.get(1).ok()).isFalse();
        assertThat(items.get(1).raw()).isEqualTo("\"scalar\"");
        assertThat(items.get(2).value()).isEqualTo(new Seat("c", 1, null));
    }

    @Test
    void shouldReadABareArrayAndFailOnBytesThatAreNotJson() throws Exception {
        assertThat(read("[{\"id\":\"a\",\"quantity\":1}]", "content").items()).extracting(Parsed::value)
                .containsExactly(new Seat("a", 1, null));
        assertThat(read("{\"content\":[]}", "content").items()).isEmpty();
        assertThatThrownBy(() -> read("{\"items\":[{\"id\":\"a\",\"quantity\":\"x\"}, {\"id\":", "items"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void shouldNeverTakeAnEmptyOrBareAnswerForAListWithoutItems() {
        // a sync deactivates what a provider stops listing: an empty answer must fail, not read as "none"
        assertThatThrownBy(() -> read("", "items")).isInstanceOf(IOException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("null", "items")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("\"ok\"", "items")).isInstanceOf(IOException.class);
    }
}
