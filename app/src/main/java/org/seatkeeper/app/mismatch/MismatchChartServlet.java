package org.seatkeeper.app.mismatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.db.mismatch.MismatchHistoryRepository;
import org.seatkeeper.db.mismatch.MismatchNight;

/**
 * GET /mismatches/chart.json: open findings and money at stake per currency over the last 30 nights, for the
 * dashboard chart (static/mismatch-chart.js draws it; the Content-Security-Policy allows no inline script).
 */
final class MismatchChartServlet extends PageServlet {

    static final int NIGHTS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MismatchHistoryRepository history;
    private final Clock clock;

    MismatchChartServlet(PageSupport pages, MismatchHistoryRepository history, Clock clock) {
        super(pages);
        this.history = history;
        this.clock = clock;
    }

    /** The chart's data: labels (dates), open findings, and one money series per currency (null where no run). */
    record Chart(List<String> labels, List<Integer> openFindings, Map<String, List<BigDecimal>> moneyAtStake) {
    }

    static Chart chart(List<MismatchNight> nights) {
        List<String> labels = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        TreeSet<String> currencies = new TreeSet<>();
        nights.forEach(n -> currencies.addAll(n.moneyByCurrency().keySet()));
        Map<String, List<BigDecimal>> money = new LinkedHashMap<>();
        currencies.forEach(c -> money.put(c, new ArrayList<>()));
        for (MismatchNight n : nights) {
            labels.add(n.businessDate().toString());
            open.add(n.openFindings());
            currencies.forEach(c -> money.get(c).add(n.moneyByCurrency().getOrDefault(c, BigDecimal.ZERO)));
        }
        return new Chart(labels, open, money);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        byte[] body = JSON.writeValueAsBytes(chart(history.nights(today.minusDays(NIGHTS - 1), today)));
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
