-- Who heard of a job through an instant alert, as one row per job holding its audience: a row
-- per person and job (about 700 per new job in the alerts benchmark) was most of a matching
-- round's writes. Digests still note a row per person and job in alert_announced, which
-- instant rounds now read by job. The rows written before this version stay where they are:
-- both tables are read.
create table alert_audience (
    job_id        bigint       primary key,
    -- Alert subscriber ids, in the order they heard of the job.
    subscribers   bigint[]     not null default '{}',
    -- When the first of them heard of it; null while nobody has.
    announced_at  timestamptz,
    -- Raised by every change of the list: a digest sweep reads a list again only then.
    revision      bigint       not null default 0
);
-- Random ids do not compress: storing them as they are saves the attempt on every write.
alter table alert_audience alter column subscribers set storage external;

create index alert_announced_job on alert_announced (job_id);

-- Erasure: a deleted subscriber's id leaves every audience. The rows are locked in job order,
-- as matching rounds lock them, and read whole (no index holds the ids: keeping one would cost
-- each round what the lists save); subscribers are deleted only on erasure.
create function forget_audience_of_removed() returns trigger language plpgsql as $$
declare
    ids bigint[] := (select array_agg(id) from removed);
begin
    perform 1 from alert_audience where subscribers && ids order by job_id for update;
    update alert_audience set subscribers = array(select s from unnest(subscribers) s where s <> all (ids)),
        revision = revision + 1
    where subscribers && ids;
    return null;
end $$;

create trigger alert_subscriber_leaves_audiences after delete on alert_subscriber
    referencing old table as removed for each statement
    execute function forget_audience_of_removed();

-- Every person and job they heard of, by either path.
create view alert_heard as
    select subscriber_id, job_id from alert_announced
    union all
    select unnest(subscribers) as subscriber_id, job_id from alert_audience;
