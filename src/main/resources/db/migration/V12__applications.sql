-- How candidates apply to a job. Null for jobs that never chose: they apply at their URL,
-- else by their email (the demo data and jobs written before the choice existed).
alter table job add column apply_method varchar(16)
    check (apply_method in ('BACKBOARD', 'URL', 'EMAIL'));
-- A job that takes applications on Backboard needs neither a URL nor an email.
alter table job drop constraint job_how_to_apply;
alter table job add constraint job_how_to_apply
    check (apply_method = 'BACKBOARD' or apply_url is not null or apply_email is not null);

-- Counters per job: page views and click-outs to the employer's URL or email. One row per
-- job, incremented in place.
create table job_stat (
    job_id        bigint  primary key references job (id) on delete cascade,
    views         bigint  not null default 0,
    apply_clicks  bigint  not null default 0
);

-- The employer's screening questions for a job, in order.
create table job_question (
    id                 bigserial     primary key,
    job_id             bigint        not null references job (id) on delete cascade,
    position           integer       not null,
    kind               varchar(20)   not null
        check (kind in ('FREE_TEXT', 'YES_NO', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER')),
    label              varchar(300)  not null,
    options            text[]        not null default '{}',
    required           boolean       not null,
    -- Answers that disqualify (YES / NO, or options), and the accepted range of a number.
    knockout_answers   text[]        not null default '{}',
    knockout_min       numeric(14, 2),
    knockout_max       numeric(14, 2)
);
create index job_question_job on job_question (job_id, position);

-- An application: one per candidate and job. The candidate's name, email, headline and
-- skills are a snapshot taken when applying. Anonymizing clears every personal column and
-- keeps the stage and its history.
create table application (
    id                    bigserial      primary key,
    job_id                bigint         not null references job (id),
    company_id            bigint         not null references company (id),
    candidate_account_id  bigint         references user_account (id) on delete set null,
    candidate_name        varchar(200),
    candidate_email       varchar(254),
    headline              varchar(200),
    skills                text[]         not null default '{}',
    resume_id             uuid           references resume (id) on delete set null,
    cover_letter          text           check (length(cover_letter) <= 5000),
    stage                 varchar(16)    not null
        check (stage in ('NEW', 'REVIEWING', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED')),
    knocked_out           boolean        not null,
    submitted_at          timestamptz    not null,
    stage_changed_at      timestamptz    not null,
    first_response_at     timestamptz,
    rejected_at           timestamptz,
    withdrawn_at          timestamptz,
    anonymized_at         timestamptz,
    consent_text          text           not null,
    consent_given_at      timestamptz    not null,
    consent_withdrawn_at  timestamptz,
    constraint application_once unique (job_id, candidate_account_id)
);
create index application_company on application (company_id);
create index application_candidate on application (candidate_account_id);

-- Answers to the screening questions, with the question as it was asked.
create table application_answer (
    application_id  bigint        not null references application (id) on delete cascade,
    position        integer       not null,
    question_id     bigint        references job_question (id) on delete set null,
    kind            varchar(20)   not null,
    label           varchar(300)  not null,
    answer          text,
    knocked_out     boolean       not null,
    primary key (application_id, position)
);

-- Every change to an application: submission, stage moves, notes and ratings, withdrawal
-- and anonymization; who made it and when. Kept when the application is anonymized.
create table application_event (
    id                 bigserial     primary key,
    application_id     bigint        not null references application (id) on delete cascade,
    occurred_at        timestamptz   not null,
    type               varchar(20)   not null,
    actor_account_id   bigint,
    actor              varchar(300)  not null,
    from_stage         varchar(16),
    to_stage           varchar(16),
    detail             varchar(300)
);
create index application_event_application on application_event (application_id, occurred_at, id);

-- Notes and 1-5 ratings by the employer's team.
create table application_note (
    id                 bigserial     primary key,
    application_id     bigint        not null references application (id) on delete cascade,
    author_account_id  bigint,
    author             varchar(300)  not null,
    body               text          check (length(body) <= 2000),
    rating             smallint      check (rating between 1 and 5),
    created_at         timestamptz   not null
);
create index application_note_application on application_note (application_id, created_at);

-- Which stage changes email the candidate, per company; no row: interview, offer and
-- rejection.
create table company_stage_email (
    company_id  bigint   primary key references company (id) on delete cascade,
    stages      text[]   not null
);

-- Jobs a candidate saved for later.
create table saved_job (
    account_id  bigint       not null references user_account (id) on delete cascade,
    job_id      bigint       not null references job (id) on delete cascade,
    saved_at    timestamptz  not null,
    primary key (account_id, job_id)
);
