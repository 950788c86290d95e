-- The audit page filters by user and by subject (a person id), newest first; the log grows with every
-- view of person-level data, so both look-ups get an index.
create index audit_event_user on audit_event (username, occurred_at);
create index audit_event_subject on audit_event (subject_id, occurred_at);
