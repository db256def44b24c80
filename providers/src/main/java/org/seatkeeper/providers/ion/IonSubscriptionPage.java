package org.seatkeeper.providers.ion;

import java.util.List;
import org.seatkeeper.providers.http.Parsed;

/** @param totalSize paginationResponse.totalSize (or totalCount); null when the answer had neither */
public record IonSubscriptionPage(List<Parsed<IonSubscription>> items, Integer totalSize) {
}
