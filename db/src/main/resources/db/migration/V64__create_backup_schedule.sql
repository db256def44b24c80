-- The nightly backup (one row): on or off, when (a cron expression in the reseller's time zone) and how many nightly
-- backups to keep in the data directory's backups/ folder (older nightly ones are deleted; backups people make are kept).
CREATE CACHED TABLE backup_schedule (
    id                          INTEGER       NOT NULL,
    enabled                     BOOLEAN       DEFAULT FALSE NOT NULL,
    cron                        VARCHAR(100)  DEFAULT '0 30 1 * * *' NOT NULL,
    keep_count                  INTEGER       DEFAULT 7 NOT NULL,
    version                     INTEGER       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_backup_schedule PRIMARY KEY (id),
    CONSTRAINT ck_backup_schedule_single_row CHECK (id = 1),
    CONSTRAINT ck_backup_schedule_keep CHECK (keep_count BETWEEN 1 AND 365)
);
INSERT INTO backup_schedule (id) VALUES (1);
