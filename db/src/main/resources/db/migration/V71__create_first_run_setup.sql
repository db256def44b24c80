-- First-run setup creates the first administrator exactly once: the one row this table may hold is inserted in the same
-- transaction as that administrator, so of two setups submitted at the same moment the second fails on the primary key
-- and creates nobody (a "no user yet" check alone let both through).
CREATE CACHED TABLE first_run_setup (
    id               INTEGER       DEFAULT 1 NOT NULL,
    admin_user_id    BIGINT        NOT NULL,
    done_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_first_run_setup PRIMARY KEY (id),
    CONSTRAINT ck_first_run_setup_one_row CHECK (id = 1),
    CONSTRAINT fk_first_run_setup_admin FOREIGN KEY (admin_user_id) REFERENCES app_user (id)
);

-- an installation set up before this table: its setup is done
INSERT INTO first_run_setup (id, admin_user_id, done_at)
SELECT 1, MIN(id), CURRENT_TIMESTAMP FROM app_user HAVING COUNT(*) > 0;
