-- Who acts for a company. A person belongs to at most one company.
create table company_member (
    company_id  bigint      not null references company (id) on delete cascade,
    user_id     bigint      not null references user_account (id) on delete cascade,
    role        varchar(16) not null,
    joined_at   timestamptz not null,
    primary key (company_id, user_id),
    constraint company_member_one_company unique (user_id)
);
