-- Provider accounts (one row per customer tenant: thousands, not millions) and customers are read on almost every
-- page and by every sync. Kept as MEMORY tables, HSQLDB serves them without its data-file cache and row locks
-- (about twice as fast, stack-facts §3); they are still written to disk at each checkpoint. Subscriptions and the
-- license change log, which grow into the hundreds of thousands, stay CACHED.
SET TABLE provider_account TYPE MEMORY;
SET TABLE customer TYPE MEMORY;
