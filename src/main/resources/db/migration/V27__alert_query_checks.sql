-- Whether a saved query that may loosen its spelling finds any job as written (one that
-- finds nothing loosens it). Checked in the background by one node at a time and read by
-- every node's matcher, so that matching a new job need not ask the search index first.
-- Holds query texts only, never who saved them; rows of queries no active search holds go.
create table alert_query_check (
    query           varchar(2000) primary key,
    finds_something boolean       not null,
    checked_at      timestamptz   not null
);
create index alert_query_check_checked_idx on alert_query_check (checked_at);
