-- Room for the status NEEDS_ATTENTION (a document held until it is corrected).
ALTER TABLE transfer ALTER COLUMN status SET DATA TYPE VARCHAR(20);
