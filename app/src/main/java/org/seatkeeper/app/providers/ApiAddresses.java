package org.seatkeeper.app.providers;

import java.util.List;
import org.seatkeeper.providers.ion.IonSettings;
import org.seatkeeper.providers.partnercenter.PartnerCenterSettings;
import org.seatkeeper.providers.pax8.Pax8Settings;

/**
 * What the Providers form says of each kind's API addresses: the provider's real default (the one used when the field
 * is empty, from the connector's own settings) and what an address given instead must contain.
 */
public final class ApiAddresses {

    /** One kind's two addresses, for the form's "Advanced" section. */
    public record Kind(String kind, String apiDefault, String apiRule, String tokenDefault, String tokenRule) {
    }

    private static final String BASE_RULE = "the API's root with its version, ending in \"/\": Seatkeeper adds the "
            + "resource paths after it";

    static final List<Kind> ALL = List.of(
            new Kind("Partner Center", PartnerCenterSettings.DEFAULT_BASE.toString(), BASE_RULE + " (…/v1/).",
                    PartnerCenterSettings.DEFAULT_TOKEN, "the Microsoft Entra token endpoint; {partnerTenantId} is "
                            + "replaced by the partner tenant id of the credentials."),
            new Kind("TD SYNNEX StreamOne Ion", IonSettings.DEFAULT_BASE.toString(), BASE_RULE + " (…/api/v3/).",
                    IonSettings.DEFAULT_TOKEN.toString(), "Ion's OAuth token endpoint (…/oauth/token)."),
            new Kind("Pax8", Pax8Settings.DEFAULT_BASE.toString(), BASE_RULE + " (…/v1/).",
                    Pax8Settings.DEFAULT_TOKEN.toString(), "Pax8's token endpoint (…/v1/token)."));

    private ApiAddresses() {
    }
}
