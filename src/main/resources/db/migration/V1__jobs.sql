-- Employers as jobs show them; the companies module grows this table later.
create table company (
    id          bigint primary key,
    slug        varchar(120) not null unique,
    name        varchar(200) not null,
    website     varchar(500),
    logo_url    varchar(500),
    created_at  timestamptz  not null default now()
);
create sequence company_seq start with 1 increment by 50;

create table job (
    id                  bigint primary key,
    slug                varchar(200) not null unique,
    company_id          bigint       not null references company (id),
    title               varchar(150) not null,
    description_md      text         not null,
    workplace_type      varchar(16)  not null,
    employment_type     varchar(16)  not null,
    seniority           varchar(16)  not null,
    salary_min          numeric(14, 2),
    salary_max          numeric(14, 2),
    salary_currency     varchar(3),
    salary_period       varchar(8),
    salary_annual_min   numeric(14, 2),
    salary_annual_max   numeric(14, 2),
    remote_countries    varchar(2)[] not null default '{}',
    timezone_min        integer ,
    timezone_max        integer ,
    visa_sponsorship    boolean      not null default false,
    relocation          boolean      not null default false,
    apply_url           varchar(1000),
    apply_email         varchar(254),
    posted_at           timestamptz  not null,
    valid_through       timestamptz  not null,
    status              varchar(16)  not null,
    featured            boolean      not null default false,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0,
    constraint job_salary_range check (salary_min is null or salary_max is null or salary_min <= salary_max),
    constraint job_salary_currency check ((salary_min is null and salary_max is null) or salary_currency is not null),
    constraint job_how_to_apply check (apply_url is not null or apply_email is not null)
);
create sequence job_seq start with 1 increment by 50;
create index job_company_idx on job (company_id);
create index job_status_valid_through_idx on job (status, valid_through);

create table job_location (
    job_id       bigint       not null references job (id) on delete cascade,
    position     integer      not null,
    city         varchar(120) not null,
    region       varchar(120),
    country_code varchar(2)   not null,
    latitude     double precision,
    longitude    double precision,
    primary key (job_id, position)
);

create table job_skill (
    job_id     bigint      not null references job (id) on delete cascade,
    skill      varchar(64) not null,
    required   boolean     not null,
    primary key (job_id, skill)
);
create index job_skill_skill_idx on job_skill (skill);
