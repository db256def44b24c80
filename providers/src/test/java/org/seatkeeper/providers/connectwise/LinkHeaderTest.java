package org.seatkeeper.providers.connectwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    @Test
    void shouldFindTheNextLink() {
        var header = "<https://x/apis/3.0/company/companies?page=1&pageSize=2>; rel=\"first\", "
                + "<https://x/apis/3.0/company/companies?page=3&pageSize=2>; rel=\"next\", "
                + "<https://x/apis/3.0/company/companies?page=9&pageSize=2>; rel=\"last\"";
        assertThat(LinkHeader.next(List.of(header))).contains("https://x/apis/3.0/company/companies?page=3&pageSize=2");
    }

    @Test
    void shouldFindNothingOnTheLastPage() {
        assertThat(LinkHeader.next(List.of("<https://x?page=1>; rel=\"first\""))).isEmpty();
        assertThat(LinkHeader.next(List.of())).isEmpty();
    }
}
