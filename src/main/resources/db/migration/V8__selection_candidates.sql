-- A round's phase is stored by name, and APPLICATIONS_OPEN has 17 characters: V6 made the column too short
-- for it, so no round could open for applications.
ALTER TABLE selection_round MODIFY phase VARCHAR(20) NOT NULL;
