-- The outbox holds what a mail says (its paragraphs, as a JSON array of strings, and its
-- call to action), and the delivering node renders the text and HTML parts as it sends: a
-- matching round that queues thousands of alert mails writes a few hundred bytes each
-- instead of both renderings. Mails queued before this change keep their rendered bodies.
alter table outgoing_mail
    add column paragraphs    jsonb,
    add column action_label  varchar(200),
    add column action_url    varchar(2000),
    alter column text_body drop not null,
    alter column html_body drop not null,
    add constraint outgoing_mail_has_content check (paragraphs is not null or (text_body is not null and html_body is not null));
