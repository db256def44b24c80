package org.seatkeeper.app.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;

class DataDirectoryIT {

    @Test
    void shouldRefuseASecondStartOnTheSameDataDirectory() {
        try (RunningApp first = RunningApp.start()) {
            StartOptions sameDirectory = StartOptions.forTest(first.application().context().options().dataDirectory());
            assertThatThrownBy(() -> Application.start(sameDirectory))
                    .isInstanceOf(DataDirectory.DataDirectoryInUseException.class)
                    .hasMessageContaining("Another Seatkeeper is already running with the data directory");
        }
    }
}
