-- Paid listings: the operator's prices with their history, what companies bought through
-- Stripe Checkout, the Stripe events already applied, and package credits.

-- A price is never edited: a change ends the current row and starts a new one, so an
-- order keeps pointing at what was actually charged.
create table billing_price (
    id          bigserial    primary key,
    code        varchar(40)  not null,
    kind        varchar(16)  not null,
    label       varchar(120) not null,
    amount      bigint       not null check (amount >= 0),
    currency    varchar(3)   not null,
    days        integer      check (days > 0),
    listings    integer      check (listings > 0),
    valid_from  timestamptz  not null,
    valid_to    timestamptz
);
create unique index billing_price_current_idx on billing_price (code) where valid_to is null;

create table billing_order (
    id                  bigserial    primary key,
    company_id          bigint       not null references company (id),
    job_id              bigint       references job (id) on delete set null,
    job_title           varchar(200),
    price_id            bigint       not null references billing_price (id),
    kind                varchar(16)  not null,
    amount              bigint       not null,
    currency            varchar(3)   not null,
    status              varchar(16)  not null,
    request_key         varchar(100) unique,
    checkout_session_id varchar(255) unique,
    checkout_url        text,
    payment_intent_id   varchar(255),
    receipt_url         text,
    invoice_url         text,
    failure_message     varchar(500),
    refunded_amount     bigint       not null default 0,
    created_by          bigint,
    created_at          timestamptz  not null,
    paid_at             timestamptz,
    refunded_at         timestamptz,
    disputed_at         timestamptz,
    dispute_reason      varchar(100)
);
-- One open checkout per job and kind: a double click finds the first one.
create unique index billing_order_open_idx on billing_order (job_id, kind) where status = 'PENDING';
create index billing_order_company_idx on billing_order (company_id, created_at desc);
create index billing_order_payment_intent_idx on billing_order (payment_intent_id);
create index billing_order_paid_idx on billing_order (paid_at);

-- Each Stripe event takes effect once: its id is stored in the transaction that applies it.
create table billing_stripe_event (
    id           varchar(255) primary key,
    type         varchar(100) not null,
    created_at   timestamptz  not null,
    received_at  timestamptz  not null,
    source       varchar(16)  not null
);

-- Listings a company may submit without a checkout: bought in packages or granted by the
-- operator.
create table billing_credit (
    company_id        bigint      primary key references company (id) on delete cascade,
    package_credits   integer     not null default 0 check (package_credits >= 0),
    free_listings     integer     not null default 0 check (free_listings >= 0),
    updated_at        timestamptz not null
);

alter table job
    add column featured_until timestamptz,
    add column listing_days   integer;
