-- The duplicate-number check at intake looks documents up by tenant, type and number.
CREATE INDEX document_tenant_type_number ON document (tenant_id, doc_type, doc_number);
