-- Digests are computed when they are sent, by running each saved search over the jobs that
-- changed since the last one, and instant alerts are recorded only as who heard of which
-- job: a row per saved search and matching job (thousands per new job) is no longer kept.
drop trigger saved_search_removed on saved_search;
drop table alert_match;
