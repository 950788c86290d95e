-- Issue 6, parts 6 and 8: an open shift of a published roster covered by an external temp (vikarbureau), and
-- which slots were open when the roster was published, so the figures can say how open shifts were covered.
-- The agency is a firm's name, never the temp's; hours only when they differ from the shift's.

alter table roster_assignment add column external_temp boolean not null default false;
alter table roster_assignment add column external_agency varchar(120);
alter table roster_assignment add column external_minutes int;
alter table roster_assignment add column open_at_publishing boolean not null default false;
alter table roster_assignment add constraint roster_assignment_external_minutes
    check (external_minutes is null or (external_minutes > 0 and external_minutes <= 1440));

-- Rosters published before this migration: open now, or filled later through an allocated bid.
update roster_assignment set open_at_publishing = true
where period_id in (select id from roster_period where status = 'published')
  and (person_id is null or id in (select slot_id from roster_bid where status = 'allocated'));
