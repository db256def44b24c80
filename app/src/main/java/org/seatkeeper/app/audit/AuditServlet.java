package org.seatkeeper.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.Paging;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditFilter;
import org.seatkeeper.db.audit.AuditLog;

/** Who changed what, when: filterable by person, kind of record, text and dates. */
final class AuditServlet extends PageServlet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final int PAGE_SIZE = 50;
    // what the filter offers: every kind of record an entry can be about, by name, labelled for people
    private static final List<Map<String, String>> ENTITY_TYPES = Arrays.stream(AuditEntity.values())
            .map(e -> Map.of("value", e.name(), "label", e.label())).toList();

    private final AuditLog audit;

    public AuditServlet(PageSupport pages, AuditLog audit) {
        super(pages);
        this.audit = audit;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = param(request, "user");
        AuditEntity entity = AuditEntity.parse(param(request, "entity")).orElse(null);
        String text = param(request, "q");
        String filterError = "";
        LocalDate from = null;
        LocalDate to = null;
        try {
            from = param(request, "from").isEmpty() ? null : DateInput.parse(param(request, "from"));
            to = param(request, "to").isEmpty() ? null : DateInput.parse(param(request, "to"));
        } catch (DateTimeParseException e) {
            from = null;
            to = null;
            filterError = "Dates are written like 2026-11-22, with a year from " + DateInput.FIRST_YEAR + " to "
                    + DateInput.LAST_YEAR + "; the date filter was ignored.";
        }
        AuditFilter filter = new AuditFilter(user, entity, text, from, to);
        Paging paging = Paging.of(request, audit.count(filter), PAGE_SIZE);
        List<AuditRow> rows = audit.find(filter, paging.offset(), PAGE_SIZE).stream()
                .map(e -> new AuditRow(TIME.format(e.occurredAt()), e.username(), words(e.action()),
                        words(e.entityType()) + (e.entityId() == null ? "" : " " + e.entityId()), e.summary(),
                        AuditChanges.lines(e.beforeState(), e.afterState())))
                .toList();
        Map<String, Object> page = new HashMap<>();
        page.put("entries", rows);
        page.put("paging", paging);
        page.put("entityTypes", ENTITY_TYPES);
        page.put("user", user);
        page.put("entity", entity == null ? "" : entity.name());
        page.put("text", text);
        page.put("from", from == null ? "" : from.toString());
        page.put("to", to == null ? "" : to.toString());
        page.put("filterError", filterError);
        render(request, response, "audit/log.ftlh", Map.of("page", page));
    }

    /** "BILLING_CONTRACT" as "Billing contract": the log stores names, the page shows words. */
    static String words(String name) {
        return org.seatkeeper.app.web.Words.capitalized(name);
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }
}
