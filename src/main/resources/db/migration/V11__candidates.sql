-- A candidate's profile: one per account, private unless the candidate says otherwise.
create table candidate_profile (
    account_id           bigint        primary key references user_account (id) on delete cascade,
    headline             varchar(120)  not null,
    summary              text          not null check (length(summary) <= 5000),
    years_of_experience  integer       check (years_of_experience between 0 and 60),
    seniority            varchar(16),
    city                 varchar(100),
    country_code         char(2),
    willing_to_relocate  boolean       not null,
    remote_preference    varchar(16)   not null,
    salary_amount        numeric(14, 2) check (salary_amount > 0),
    salary_currency      char(3),
    salary_period        varchar(8),
    github_url           varchar(300),
    website_url          varchar(300),
    visibility           varchar(16)   not null default 'PRIVATE',
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    constraint candidate_profile_salary_complete check (
        (salary_amount is null and salary_currency is null and salary_period is null)
        or (salary_amount is not null and salary_currency is not null and salary_period is not null))
);

-- Skills by taxonomy slug, in the order the candidate listed them.
create table candidate_skill (
    account_id  bigint      not null references candidate_profile (account_id) on delete cascade,
    skill_slug  varchar(80) not null,
    position    integer     not null,
    primary key (account_id, skill_slug)
);

-- Countries (ISO 3166-1 alpha-2) where the candidate may work.
create table candidate_work_country (
    account_id    bigint  not null references candidate_profile (account_id) on delete cascade,
    country_code  char(2) not null,
    primary key (account_id, country_code)
);

-- Uploaded résumés. The file and its extracted text are encrypted with AES-256-GCM, each
-- with its own IV and bound to the row (id and account) as associated data. display_name
-- is what the candidate's file was called, for showing only; it is never a path.
-- sha256 is of the plain file and only detects the same file uploaded twice by one person.
create table resume (
    id              uuid         primary key,
    account_id      bigint       not null references user_account (id) on delete cascade,
    display_name    varchar(120) not null,
    content_type    varchar(100) not null,
    size            integer      not null,
    sha256          char(64)     not null,
    content         bytea        not null,
    iv              bytea        not null,
    extracted_text  bytea        not null,
    text_iv         bytea        not null,
    created_at      timestamptz  not null
);

create index resume_account on resume (account_id, created_at);

-- Keys the candidates module generated for itself when none is configured (the résumé
-- encryption key), so that every node uses the same one. A configured key takes precedence.
create table candidate_key (
    name        varchar(40)  primary key,
    key_bytes   bytea        not null,
    created_at  timestamptz  not null
);
