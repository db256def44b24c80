package org.seatkeeper.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo's emulator keeps its world across restarts and catches up with the days it missed. */
class SavedWorldIT {

    @TempDir
    Path directory;

    @Test
    void shouldStartOnTheDayItIsGiven() {
        try (ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withFirstDay(LocalDate.of(2027, 3, 9)))) {
            assertThat(emulator.control().today()).isEqualTo(LocalDate.of(2027, 3, 9));
        }
    }

    @Test
    void shouldKeepACustomerCreatedBeforeARestartAndMoveOnToTheNewDay() throws Exception {
        // given a customer created at Partner Center and a saved world
        Path file = directory.resolve("emulator-world.bin");
        LocalDate monday = LocalDate.of(2026, 12, 7);
        String created;
        try (ProviderEmulator emulator = ProviderEmulator.startSaved(EmulatorSettings.defaults().withFirstDay(monday),
                Clock.systemUTC(), file, message -> { })) {
            created = emulator.control().addTenant(Api.PARTNER_CENTER, "Kept Across Restarts", "kept.onmicrosoft.com", "GB");
            emulator.save(file);
        }

        // when it starts again two days later
        List<String> problems = new ArrayList<>();
        try (ProviderEmulator emulator = ProviderEmulator.startSaved(EmulatorSettings.defaults().withFirstDay(monday.plusDays(2)),
                Clock.systemUTC(), file, problems::add)) {

            // then the customer is still there, and the emulated day is the new one
            assertThat(problems).isEmpty();
            assertThat(emulator.control().accounts(Api.PARTNER_CENTER)).anyMatch(a -> a.customerId().equals(created));
            assertThat(emulator.control().today()).isEqualTo(monday.plusDays(2));
        }
    }

    @Test
    void shouldGenerateANewWorldWhenTheSavedOneCannotBeRead() throws Exception {
        // given a file that is not a saved world
        Path file = directory.resolve("emulator-world.bin");
        Files.writeString(file, "not a world");
        List<String> problems = new ArrayList<>();

        // when
        try (ProviderEmulator emulator = ProviderEmulator.startSaved(EmulatorSettings.defaults(), Clock.systemUTC(), file,
                problems::add)) {

            // then it says why and serves a generated world
            assertThat(problems).singleElement().asString().contains("could not be read");
            assertThat(emulator.control().accounts(Api.PARTNER_CENTER)).hasSize(25);
        }
    }
}
