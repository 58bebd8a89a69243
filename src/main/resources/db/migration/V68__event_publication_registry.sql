-- module: shared
-- Spring Modulith's JDBC event publication registry, created by Flyway rather than by Modulith's own schema
-- initialisation (turned off in application.properties). This is Modulith 2.0.5's schema for PostgreSQL
-- (schemas/v2/schema-postgresql.sql in spring-modulith-events-jdbc) as it stands; "if not exists" lets a
-- database whose table Modulith created earlier migrate without change.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
