package org.seatkeeper.providers.connectwise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds rel="next" in RFC 8288 Link headers: {@code <https://...&page=2>; rel="next", <...>; rel="last"}. */
final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private static final Pattern NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";,]*)\"?");

    private LinkHeader() {
    }

    static Optional<String> next(List<String> headers) {
        for (String header : headers) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                Matcher rel = NEXT.matcher(link.group(2));
                while (rel.find()) {
                    if (List.of(rel.group(1).trim().split("\\s+")).contains("next") && !link.group(1).isBlank()) {
                        return Optional.of(link.group(1).trim());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
