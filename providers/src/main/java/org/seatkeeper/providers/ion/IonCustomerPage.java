package org.seatkeeper.providers.ion;

import java.util.List;
import org.seatkeeper.providers.http.Parsed;

/** @param nextPageToken null or blank on the last page */
public record IonCustomerPage(List<Parsed<IonCustomer>> customers, String nextPageToken) {
}
