package org.seatkeeper.app.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seatkeeper.db.Database;

/** GET /health: the only page without login; for monitoring. 503 when the database does not answer. */
final class HealthServlet extends HttpServlet {

    private final Database database;
    private final String version;
    private final ObjectMapper json = new ObjectMapper();

    public HealthServlet(Database database, String version) {
        this.database = database;
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean databaseOk = database.isHealthy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", databaseOk ? "UP" : "DOWN");
        body.put("version", version);
        body.put("database", databaseOk ? "OK" : "UNAVAILABLE");
        response.setStatus(databaseOk ? 200 : 503);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
