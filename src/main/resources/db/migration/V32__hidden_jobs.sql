-- Jobs a candidate marked "not interested": no alert ever announces them to that person.
create table hidden_job (
    account_id  bigint       not null references user_account (id) on delete cascade,
    job_id      bigint       not null references job (id) on delete cascade,
    hidden_at   timestamptz  not null,
    primary key (account_id, job_id)
);
