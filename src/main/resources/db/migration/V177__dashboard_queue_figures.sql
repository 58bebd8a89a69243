-- module: dashboard
-- The screening and care boards list the compounds missing their target from the kept compound figures: those
-- whose latest screening covered less than 99% of their residents and those with check-ins missed. Both are few
-- among the 72,000 compounds of a day, so a partial index per list keeps a district's or the city's board to the
-- rows it shows.
create index dashboard_figures_low_coverage_idx on dashboard_figures (day, district_id, street_id)
    where kind = 'COMPOUND' and screening_residents > 0 and screening_sampled * 100 < screening_residents * 99;
create index dashboard_figures_checkins_missed_idx on dashboard_figures (day, district_id, street_id)
    where kind = 'COMPOUND' and checkins_missed > 0;
