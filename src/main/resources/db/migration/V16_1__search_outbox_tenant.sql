-- Hibernate Search 8.2 maps a tenant column on both outbox tables (null without
-- multi-tenancy) and validates it at start: without it a node with the OpenSearch backend
-- does not start.
alter table hsearch_agent add column if not exists tenant_id varchar(255);
alter table hsearch_outbox_event add column if not exists tenant_id varchar(255);
