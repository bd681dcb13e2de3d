-- Market insights read the jobs published in a period: this index finds them without a scan
-- of every job ever written.
create index job_posted_idx on job (posted_at) where posted_at is not null;
