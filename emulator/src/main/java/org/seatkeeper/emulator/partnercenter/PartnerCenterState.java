package org.seatkeeper.emulator.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Partner Center state that is not tenant data: idempotency keys, attestations, refresh tokens, the 202 switch. */
public final class PartnerCenterState implements java.io.Serializable {

    private final Map<String, String> customersByRequestId = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, List<JsonNode>> agreements = new ConcurrentHashMap<>();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean asyncUpdates = new AtomicBoolean();

    public PartnerCenterState(String initialRefreshToken) {
        refreshTokens.add(initialRefreshToken);
    }

    String customerForRequest(String requestId) {
        return customersByRequestId.get(requestId);
    }

    void rememberRequest(String requestId, String customerId, String password) {
        customersByRequestId.put(requestId, customerId);
        passwords.put(customerId, password);
    }

    String password(String customerId) {
        return passwords.get(customerId);
    }

    void recordAgreement(String customerId, JsonNode agreement) {
        agreements.computeIfAbsent(customerId.toLowerCase(java.util.Locale.ROOT), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(agreement);
    }

    public List<JsonNode> agreements(String customerId) {
        return new ArrayList<>(agreements.getOrDefault(customerId.toLowerCase(java.util.Locale.ROOT), List.of()));
    }

    public boolean validRefreshToken(String token) {
        return token != null && refreshTokens.contains(token);
    }

    public void addRefreshToken(String token) {
        refreshTokens.add(token);
    }

    public void setAsyncUpdates(boolean enabled) {
        asyncUpdates.set(enabled);
    }

    boolean asyncUpdates() {
        return asyncUpdates.get();
    }
}
