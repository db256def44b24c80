package org.seatkeeper.app.web;

/** The model of an error page: a title a person understands and what to do next. */
public record ErrorPage(int status, String title, String message) {

    public static ErrorPage of(int status, String message) {
        String title = switch (status) {
            case 400 -> "That request could not be understood";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 409 -> "Not possible right now"; // a step out of order, or a record someone changed meanwhile
            case 422 -> "Please check what you entered";
            default -> status >= 500 ? "Something went wrong" : "Something is not right";
        };
        return new ErrorPage(status, title, message);
    }
}
