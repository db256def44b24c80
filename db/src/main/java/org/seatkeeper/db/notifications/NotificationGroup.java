package org.seatkeeper.db.notifications;

/**
 * Open notifications of one kind (and, for a provider account's, one provider), so that a first sync's hundreds of
 * new accounts read as one line.
 *
 * @param providerId   the provider of the accounts the notifications are about, or null for other subjects
 * @param latest       the newest notification of the group (the only one when {@code count} is 1)
 */
public record NotificationGroup(String kind, Long providerId, String providerName, int count, Notification latest) {
}
