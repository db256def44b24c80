package org.seatkeeper.app.backup;

import java.time.Instant;

/** One backup on the backups page. */
public record BackupRow(String name, String path, Instant made, long bytes, boolean holdsKey) {

    public String size() {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%d KB", Math.max(1, bytes / 1024));
    }
}
