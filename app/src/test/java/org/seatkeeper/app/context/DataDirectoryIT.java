package org.seatkeeper.app.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.app.system.Application;

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

    @Test
    void shouldKeepTheDataDirectoryTheKeyAndTheDatabaseToTheirOwner() throws Exception {
        // given a data directory someone created readable by everybody
        Path root = RunningApp.tempDirectory();
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (RunningApp app = RunningApp.start(StartOptions.forTest(root))) {
            // then Seatkeeper keeps it, the key and the database to their owner
            assertThat(permissions(root)).isEqualTo("rwx------");
            assertThat(permissions(root.resolve("secret.key"))).isEqualTo("rw-------");
            assertThat(permissions(root.resolve("db"))).isEqualTo("rwx------");
            assertThat(permissions(root.resolve("db/seatkeeper.script"))).isEqualTo("rw-------");
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
