-- The last TOTP time step accepted for an account: a code is accepted once, never replayed.
alter table user_account add column totp_last_step bigint;
