package org.seatkeeper.db.mismatch;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** The morning report's schedule: recipients, the earliest time to send, and which sections it has. */
public record ReportSchedule(boolean enabled, String recipients, LocalTime sendTime, boolean jobs, boolean unmapped,
                             boolean mismatches, boolean invitations, boolean cancellation, boolean renewals,
                             LocalDate lastSentOn, int version) {

    public List<String> recipientList() {
        return recipients == null ? List.of() : Arrays.stream(recipients.split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
    }
}
