package org.seatkeeper.app.web;

/** A request that ends in an error page with a status and a message a person can read. */
public class HttpProblem extends RuntimeException {

    private final int status;

    public HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpProblem notFound(String what) {
        return new HttpProblem(404, what + " was not found. It may have been removed, or the link is wrong.");
    }

    public static HttpProblem forbidden(String message) {
        return new HttpProblem(403, message);
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }
}
