package org.seatkeeper.providers.connector;

/**
 * Normalised from every provider's spelling; the raw value stays in ProviderSubscriptionRecord.providerStatus.
 * <ul>
 *   <li>ACTIVE: running and billed. Also Pax8's {@code PendingCancel}: it is cancelled at the end of its term and
 *       billed until then, so it is active with {@code autoRenew} false.</li>
 *   <li>SUSPENDED: the licenses do not work (Partner Center suspended or disabled, Ion SUSPENDED/PAUSED/STOPPED).</li>
 *   <li>DEACTIVATED: ended for good (deleted, cancelled, expired, converted).</li>
 *   <li>PENDING: ordered, not provisioned yet.</li>
 *   <li>TRIAL: running as a free trial, not billed: Pax8 {@code Trial}, and an active Partner Center or Ion
 *       subscription with {@code isTrial} true. It becomes ACTIVE when converted to a paid subscription.</li>
 * </ul>
 */
public enum SubscriptionStatus { ACTIVE, SUSPENDED, DEACTIVATED, PENDING, TRIAL }
