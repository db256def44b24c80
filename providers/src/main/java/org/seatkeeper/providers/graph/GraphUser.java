package org.seatkeeper.providers.graph;

import java.util.List;

/** A user and the SKU ids assigned to them. */
public record GraphUser(String id, String userPrincipalName, String displayName, Boolean accountEnabled,
                        List<String> assignedSkuIds) {

    public GraphUser {
        assignedSkuIds = assignedSkuIds == null ? List.of() : List.copyOf(assignedSkuIds);
    }
}
