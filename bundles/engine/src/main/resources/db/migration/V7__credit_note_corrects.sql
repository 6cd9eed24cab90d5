-- For a credit note: the invoice it corrects (its platform id), to find and sum an invoice's credit notes.
ALTER TABLE document ADD COLUMN corrects_id VARCHAR(36);
CREATE INDEX document_corrects ON document (corrects_id);
