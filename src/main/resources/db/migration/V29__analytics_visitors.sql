-- A pseudonymous visitor id for forwarded events: a hash of the day's secret salt, the user
-- agent and the client address, computed in memory at request time. Only the hash is kept,
-- never the address or the user agent; the salt is shared by all nodes through this table,
-- made fresh each day, and deleted when the day is over, so yesterday's ids can no longer be
-- recomputed from an address.
create table analytics_salt (
    day   date   primary key,
    salt  bytea  not null
);

alter table analytics_event add column visitor varchar(32);
