package org.seatkeeper.providers.connector;

/** An item a provider sent that could not be mapped. @param externalId nullable @param rawJson the item as sent */
public record RejectedRecord(String externalId, String reason, String rawJson) {
}
