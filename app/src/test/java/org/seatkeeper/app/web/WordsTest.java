package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void shouldShowEveryProvidersStatusSpellingInTheSameWords() {
        assertThat(Words.providerStatus("Active")).isEqualTo("active");
        assertThat(Words.providerStatus("ACTIVE")).isEqualTo("active");
        assertThat(Words.providerStatus("PendingCancellation")).isEqualTo("pending cancellation");
        assertThat(Words.providerStatus("in_grace")).isEqualTo("in grace");
        assertThat(Words.providerStatus(null)).isEmpty();
    }

    @Test
    void shouldNameStoredNamesInWordsAndCountInTheSingularForOne() {
        assertThat(Words.capitalized("RELATIONSHIP_INVITATION")).isEqualTo("Relationship invitation");
        assertThat(Words.of("NEW_TENANT")).isEqualTo("new tenant");
        assertThat(Words.count(1, "license", "licenses")).isEqualTo("1 license");
        assertThat(Words.count(0, "license", "licenses")).isEqualTo("0 licenses");
        assertThat(Words.count(12, "license", "licenses")).isEqualTo("12 licenses");
    }
}
