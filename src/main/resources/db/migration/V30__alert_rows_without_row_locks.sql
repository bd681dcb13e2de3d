-- A new job commonly matches thousands of saved searches, and each match row's foreign key
-- check locked its saved search (or subscriber) row: three quarters of the time of recording
-- a round's matches. The rows go with their search or subscriber by a statement trigger
-- instead, in one set-based delete per statement (cascades from alert_subscriber included).
-- A match recorded for a search deleted in the same instant is left behind harmlessly:
-- every reader joins saved_search.
alter table alert_match drop constraint alert_match_saved_search_id_fkey;
alter table alert_announced drop constraint alert_announced_subscriber_id_fkey;

create function alert_match_forget_searches() returns trigger language plpgsql as $$
begin
    delete from alert_match m using removed r where m.saved_search_id = r.id;
    return null;
end $$;

create trigger saved_search_removed after delete on saved_search
    referencing old table as removed for each statement execute function alert_match_forget_searches();

create function alert_announced_forget_subscribers() returns trigger language plpgsql as $$
begin
    delete from alert_announced a using removed r where a.subscriber_id = r.id;
    return null;
end $$;

create trigger alert_subscriber_removed after delete on alert_subscriber
    referencing old table as removed for each statement execute function alert_announced_forget_subscribers();
