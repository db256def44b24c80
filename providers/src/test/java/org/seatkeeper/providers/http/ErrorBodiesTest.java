package org.seatkeeper.providers.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

    private static ErrorBodies.ProviderError read(String json) {
        return ErrorBodies.read(ProviderJson.mapper(), json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadEachProvidersErrorShape() {
        assertThat(read("{\"code\":600,\"description\":\"Customer exists\",\"source\":\"PartnerFD\"}"))
                .isEqualTo(new ErrorBodies.ProviderError("600", "Customer exists"));
        assertThat(read("{\"error\":\"INVALID_REQUEST\",\"message\":\"bad page\",\"code\":400}"))
                .isEqualTo(new ErrorBodies.ProviderError("INVALID_REQUEST", "bad page"));
        assertThat(read("{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"expired\"}}"))
                .isEqualTo(new ErrorBodies.ProviderError("InvalidAuthenticationToken", "expired"));
        assertThat(read("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70000\"}"))
                .isEqualTo(new ErrorBodies.ProviderError("invalid_grant", "AADSTS70000"));
        assertThat(read("not json")).isEqualTo(new ErrorBodies.ProviderError(null, null));
    }
}
