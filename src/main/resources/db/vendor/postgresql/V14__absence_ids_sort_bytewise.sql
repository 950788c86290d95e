-- PostgreSQL only. Absence ids and person ids are opaque codes, not words: comparing them byte by byte
-- ("C") gives the same order for the ASCII codes HR systems use, and lets PostgreSQL sort them with
-- abbreviated keys. That makes building the absence indexes after a large import (shared/bulk/IndexRebuild)
-- about twice as fast as under the database's language collation.
alter table absence alter column id type varchar(64) collate "C";
alter table absence alter column person_id type varchar(64) collate "C";
