-- A new job commonly matches thousands of saved searches, and each match row's foreign key
-- check locked its saved search (or subscriber) row: three quarters of the time of recording
-- a round's matches. The rows go with their search or subscriber by a statement trigger
-- instead, in one set-based delete per statement (cascades from alert_subscriber included).
-- A match recorded for a search deleted in the same instant is left behind harmlessly:
-- every reader joins saved_search.
alter table alert_match drop constraint alert_match_saved_search_id_fkey;
alter table alert_announced drop constraint alert_announced_subscriber_id_fkey;

-- Deletes the rows of the table named by the trigger's first argument whose column named by
-- the second holds the id of a row the statement deleted.
create function forget_rows_of_removed() returns trigger language plpgsql as $$
begin
    execute format('delete from %I t using removed r where t.%I = r.id', tg_argv[0], tg_argv[1]);
    return null;
end $$;

create trigger saved_search_removed after delete on saved_search
    referencing old table as removed for each statement
    execute function forget_rows_of_removed('alert_match', 'saved_search_id');

create trigger alert_subscriber_removed after delete on alert_subscriber
    referencing old table as removed for each statement
    execute function forget_rows_of_removed('alert_announced', 'subscriber_id');
