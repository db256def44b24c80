package org.seatkeeper.batch.usage;

import java.util.List;
import org.seatkeeper.db.usage.LicenseReading;
import org.seatkeeper.db.usage.UsageTarget;

/** What reading one tenant gave: its licenses, or why it could not be read (then {@code licenses} is empty). */
record UsageRead(UsageTarget target, List<LicenseReading> licenses, String problem) {

    UsageRead {
        licenses = List.copyOf(licenses);
    }

    boolean ok() {
        return problem == null;
    }
}
