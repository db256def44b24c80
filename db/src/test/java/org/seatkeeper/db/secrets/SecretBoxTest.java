package org.seatkeeper.db.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @Test
    void shouldDecryptWithTheSameKeyFileAfterReopening(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("secret.key");
        String cipher = SecretBox.open(key, null).encrypt("s3cret-refresh-token", "provider.credentials");
        assertThat(cipher).doesNotContain("s3cret");
        assertThat(SecretBox.open(key, null).decrypt(cipher, "provider.credentials")).isEqualTo("s3cret-refresh-token");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void shouldRefuseACiphertextMovedToAnotherPurpose() {
        SecretBox box = SecretBox.ephemeral();
        String cipher = box.encrypt("p@ss", "smtp.password");
        assertThatThrownBy(() -> box.decrypt(cipher, "provider.credentials")).isInstanceOf(IllegalStateException.class);
    }
}
