package org.seatkeeper.providers.partnercenter;

import java.util.List;
import org.seatkeeper.providers.http.Parsed;

/** @param next null on the last page */
public record CustomerPage(List<Parsed<PcCustomer>> customers, NextLink next) {
}
