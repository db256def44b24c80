package org.seatkeeper.providers.connector;

import java.net.URI;

/** A provider whose reseller relationship invitation link Seatkeeper mails. See {@link ProviderConnector#invitations()}. */
public interface ResellerInvitations {

    URI relationshipInvitationUrl();
}
