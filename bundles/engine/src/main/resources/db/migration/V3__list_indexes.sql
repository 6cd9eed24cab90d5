-- Lists are newest first: a descending index lets H2 read the first page without sorting the whole table.
CREATE INDEX document_seq_desc ON document (seq DESC);
CREATE INDEX document_tenant_seq_desc ON document (tenant_id, seq DESC);
