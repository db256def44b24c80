package org.seatkeeper.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Anything no other servlet claims: a 404 in the layout. */
public final class NotFoundServlet extends PageServlet {

    public NotFoundServlet(PageSupport pages) {
        super(pages);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        pages.render(request, response, 404, "errors/error.ftlh", java.util.Map.of("page",
                ErrorPage.of(404, "There is no page at " + request.getRequestURI() + ".")));
    }
}
