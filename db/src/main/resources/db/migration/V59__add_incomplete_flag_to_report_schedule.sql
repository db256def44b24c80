-- Whether today's morning report went out while last night had not finished (a step failed and the chain stopped):
-- once a person restarts the night to its end, the complete report is sent once more that day.
ALTER TABLE report_schedule ADD COLUMN last_sent_incomplete BOOLEAN DEFAULT FALSE NOT NULL;
