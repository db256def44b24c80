package org.seatkeeper.app.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.seatkeeper.db.OptimisticLockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of every page servlet: it only translates HTTP. Problems become error pages in the layout,
 * never a stack trace; an unexpected failure is logged with a reference the user can quote.
 */
public abstract class PageServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);

    protected final PageSupport pages;

    protected PageServlet(PageSupport pages) {
        this.pages = pages;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            if ("POST".equals(request.getMethod())) {
                // before handling, so the page it redirects to already counts the change
                pages.dataChanged();
            }
            super.service(request, response);
            if ("POST".equals(request.getMethod())) {
                pages.dataChanged();
            }
        } catch (HttpProblem problem) {
            renderProblem(request, response, problem.status(), problem.getMessage());
        } catch (OptimisticLockException e) {
            renderProblem(request, response, 409, e.getMessage());
        } catch (RuntimeException e) {
            String reference = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
            LOG.error("Request {} {} failed (reference {})", request.getMethod(), request.getRequestURI(), reference, e);
            if (!response.isCommitted()) {
                response.reset();
                renderProblem(request, response, 500, "Something went wrong on our side (reference " + reference
                        + "). Nothing you typed was saved by this request; please try again, and quote the reference if it happens again.");
            }
        }
    }

    protected void render(HttpServletRequest request, HttpServletResponse response, String template,
                          Map<String, Object> model) throws IOException {
        pages.render(request, response, 200, template, model);
    }

    /** Re-renders a form page after a validation error: status 422 with the user's input kept. */
    protected void renderInvalid(HttpServletRequest request, HttpServletResponse response, String template,
                                 Map<String, Object> model) throws IOException {
        pages.render(request, response, 422, template, model);
    }

    protected void redirect(HttpServletRequest request, HttpServletResponse response, String location, Flash flash)
            throws IOException {
        if (flash != null) {
            WebSession.flash(request, flash);
        }
        response.sendRedirect(location);
    }

    protected SessionUser user(HttpServletRequest request) {
        return WebSession.user(request).orElseThrow(() -> HttpProblem.forbidden("Please sign in."));
    }

    protected SessionUser requireWriter(HttpServletRequest request) {
        SessionUser user = user(request);
        if (!user.canWrite()) {
            throw HttpProblem.forbidden("Your role (viewer) can read but not change anything. Ask an administrator.");
        }
        return user;
    }

    protected SessionUser requireAdmin(HttpServletRequest request) {
        SessionUser user = user(request);
        if (!user.isAdmin()) {
            throw HttpProblem.forbidden("Only an administrator can do this.");
        }
        return user;
    }

    protected static long idFromPath(HttpServletRequest request, int segmentFromEnd) {
        String[] parts = request.getRequestURI().split("/");
        String segment = parts[parts.length - 1 - segmentFromEnd];
        try {
            return Long.parseLong(segment);
        } catch (NumberFormatException e) {
            throw HttpProblem.notFound("That page");
        }
    }

    private void renderProblem(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        pages.render(request, response, status, "errors/error.ftlh",
                Map.of("page", ErrorPage.of(status, message)));
    }
}
