-- A solve cut off by a restart (issue 6): at start-up the period goes back to 'solved' or 'wishes_open' and is
-- flagged, so its page can say once that the calculation was interrupted.
alter table roster_period add column solve_interrupted boolean default false not null;
