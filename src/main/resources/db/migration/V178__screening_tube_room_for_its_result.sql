-- module: screening
-- A tube is written when it is closed and written once more when the lab's result arrives (2.43 million tubes on
-- a city's round day). None of the result's columns is indexed, so with room on each page for a second version of
-- every row on it PostgreSQL keeps that version on the same page and touches none of the tube's five indexes (a
-- heap-only tuple): at the default fill only about a third of the result updates found room, and the others wrote
-- all five indexes. Pages written from now on are filled to 45%.
alter table screening_tube set (fillfactor = 45);
