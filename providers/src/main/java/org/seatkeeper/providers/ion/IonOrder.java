package org.seatkeeper.providers.ion;

import java.util.List;

/** An order, as sent (§3.5) and as answered (name, orderId, status, errors). */
public record IonOrder(String name, String orderId, String referenceId, String displayName, String status,
                       List<Item> orderItems, List<Object> errors) {

    public record Item(String referenceId, String action, String resourceId, String productId, String skuId,
                       String planId, Integer quantity, List<Attribute> attributes) {
    }

    public record Attribute(String name, String value) {
    }
}
