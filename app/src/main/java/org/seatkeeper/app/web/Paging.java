package org.seatkeeper.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Page numbers for a list: which rows to fetch, and links to the neighbouring pages keeping every other parameter. */
public record Paging(int page, int pages, int total, int offset, String previousHref, String nextHref) {

    public static Paging of(HttpServletRequest request, int total, int pageSize) {
        int pages = Math.max(1, (total + pageSize - 1) / pageSize);
        int page = 1;
        try {
            page = Integer.parseInt(request.getParameter("page") == null ? "1" : request.getParameter("page"));
        } catch (NumberFormatException e) {
            // a hand-typed page number: show the first page
        }
        page = Math.min(Math.max(page, 1), pages);
        String previous = page > 1 ? hrefFor(request, page - 1) : "";
        String next = page < pages ? hrefFor(request, page + 1) : "";
        return new Paging(page, pages, total, (page - 1) * pageSize, previous, next);
    }

    private static String hrefFor(HttpServletRequest request, int page) {
        Map<String, String> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("_csrf") && values.length > 0 && !values[0].isEmpty()) {
                parameters.put(name, values[0]);
            }
        });
        parameters.put("page", String.valueOf(page));
        StringBuilder href = new StringBuilder(request.getRequestURI()).append('?');
        parameters.forEach((name, value) -> href.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        href.setLength(href.length() - 1);
        return href.toString();
    }
}
