package org.seatkeeper.batch.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seatkeeper.providers.connector.PostalAddress;
import org.seatkeeper.providers.connector.ProviderAccountRecord;
import org.seatkeeper.providers.connector.RejectedRecord;
import org.seatkeeper.providers.connector.RelationshipStatus;

class ProviderAccountProcessorTest {

    private final ProviderAccountProcessor processor = new ProviderAccountProcessor();

    @Test
    void shouldTurnAConnectorRejectionIntoASkipWithItsReason() {
        // given
        AccountItem item = new AccountItem.Rejected(new RejectedRecord(null, "customer without id", "{\"x\":1}"));

        // when / then
        assertThatThrownBy(() -> processor.process(item))
                .isInstanceOf(RejectedAccountException.class)
                .hasMessage("customer without id");
    }

    @Test
    void shouldNormaliseSoAnUnchangedAccountComparesEqual() {
        // given
        AccountItem item = new AccountItem.Reported(new ProviderAccountRecord("c-1", "t-1", " Contoso.COM ", "Contoso",
                null, RelationshipStatus.RESELLER, new PostalAddress("1 Way", " ", "Town", null, "123", "us")));

        // when
        var row = processor.process(item);

        // then
        assertThat(row.domain()).isEqualTo("contoso.com");
        assertThat(row.country()).isEqualTo("US");
        assertThat(row.address().line2()).isNull();
        assertThat(row.relationshipStatus()).isEqualTo("RESELLER");
    }
}
