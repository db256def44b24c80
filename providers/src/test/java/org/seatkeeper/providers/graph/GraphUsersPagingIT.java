package org.seatkeeper.providers.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.providers.http.TestTransports;

/**
 * Users across many {@code @odata.nextLink} pages. The emulator cannot produce this for the client: the client asks
 * for {@code $top=999} and an emulated tenant has at most a few hundred users (seats are capped at 300 per product),
 * so its users always fit one page. A loopback stub therefore serves the documented Graph page shape instead.
 */
class GraphUsersPagingIT {

    private static final String TENANT = "2f0a7d3e-5b91-4e7b-9c15-6b1f3c2e8d4a";
    private static final String E3 = "6fd2c87f-b296-42f0-b197-1e91e994b900";
    private static final String E5 = "c7df2760-2c81-4ef7-b578-5b5392b571df";
    private static final int PAGES = 6;
    private static final int PER_PAGE = 3;

    private final List<URI> userRequests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI origin;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/login/", exchange -> answer(exchange, 200, """
                {"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"stub-graph-token"}"""));
        server.createContext("/v1.0/users", this::users);
        server.start();
        origin = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void users(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        userRequests.add(uri);
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        int page = query.contains("$skiptoken=page") ? Integer.parseInt(query.replaceAll(".*\\$skiptoken=page(\\d+).*", "$1")) : 0;
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < PER_PAGE; i++) {
            int n = page * PER_PAGE + i;
            String licences = n % 3 == 0 ? "" : n % 3 == 1
                    ? "{\"disabledPlans\":[],\"skuId\":\"" + E3 + "\"}"
                    : "{\"disabledPlans\":[\"a82fbf69-b4d7-49f4-83a6-915b2cf354f4\"],\"skuId\":\"" + E3 + "\"},"
                    + "{\"disabledPlans\":[],\"skuId\":\"" + E5 + "\"}";
            String enabled = n == 4 ? "" : "\"accountEnabled\":" + (n != 7) + ",";
            value.append(i == 0 ? "" : ",").append("{\"id\":\"00000000-0000-0000-0000-").append(String.format("%012d", n))
                    .append("\",\"userPrincipalName\":\"user").append(n).append("@contoso.onmicrosoft.com\",")
                    .append("\"displayName\":\"User ").append(n).append("\",").append(enabled)
                    .append("\"assignedLicenses\":[").append(licences).append("]}");
        }
        String next = page + 1 < PAGES
                ? "\"@odata.nextLink\":\"" + origin + "/v1.0/users?$select=id,userPrincipalName,displayName,"
                + "accountEnabled,assignedLicenses&$top=999&$skiptoken=page" + (page + 1) + "\","
                : "";
        answer(exchange, 200, "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users(id,"
                + "userPrincipalName,displayName,accountEnabled,assignedLicenses)\"," + next + "\"value\":[" + value + "]}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void shouldFollowNextLinksAcrossManyPagesOfUsers() {
        // given
        GraphClient client = new GraphClient(new GraphSettings(origin.resolve("/v1.0/"), origin.resolve("/login/"),
                "graph-app", "graph-secret", TestTransports.fast()), TestTransports.transport(Clock.systemUTC()));

        // when
        List<GraphUser> users = client.users(TENANT);

        // then
        assertThat(userRequests).hasSize(PAGES);
        assertThat(userRequests.get(0).getQuery()).contains("$select=").contains("assignedLicenses").contains("$top=999");
        assertThat(userRequests.get(PAGES - 1).getQuery()).contains("$skiptoken=page" + (PAGES - 1));
        assertThat(authorizations).containsOnly("Bearer stub-graph-token");
        assertThat(users).hasSize(PAGES * PER_PAGE);
        assertThat(users).extracting(GraphUser::id).doesNotHaveDuplicates();
        assertThat(users.get(0).assignedSkuIds()).isEmpty();
        assertThat(users.get(1).assignedSkuIds()).containsExactly(E3);
        assertThat(users.get(2).assignedSkuIds()).containsExactly(E3, E5);
        assertThat(users.get(4).accountEnabled()).isNull();
        assertThat(users.get(7).accountEnabled()).isFalse();
        assertThat(users.get(PAGES * PER_PAGE - 1).userPrincipalName())
                .isEqualTo("user" + (PAGES * PER_PAGE - 1) + "@contoso.onmicrosoft.com");
    }
}
