-- The morning report's schedule (one row): who gets it, from what time it may be sent (in the reseller's time zone,
-- once the night's reconciliation has run), and which sections it has. last_sent_on makes it one mail a day.
CREATE CACHED TABLE report_schedule (
    id                          INTEGER       NOT NULL,
    enabled                     BOOLEAN       DEFAULT FALSE NOT NULL,
    recipients                  VARCHAR(2000),
    send_time                   TIME          DEFAULT TIME '07:00:00' NOT NULL,
    section_jobs                BOOLEAN       DEFAULT TRUE NOT NULL,
    section_unmapped            BOOLEAN       DEFAULT TRUE NOT NULL,
    section_mismatches          BOOLEAN       DEFAULT TRUE NOT NULL,
    section_invitations         BOOLEAN       DEFAULT TRUE NOT NULL,
    section_cancellation        BOOLEAN       DEFAULT TRUE NOT NULL,
    section_renewals            BOOLEAN       DEFAULT TRUE NOT NULL,
    last_sent_on                DATE,
    version                     INTEGER       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_report_schedule PRIMARY KEY (id),
    CONSTRAINT ck_report_schedule_single_row CHECK (id = 1)
);
INSERT INTO report_schedule (id) VALUES (1);
