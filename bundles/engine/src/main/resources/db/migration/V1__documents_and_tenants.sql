-- Tenants, documents, their tags, lifecycle events and attachment contents.
-- ${binary} is BYTEA on PostgreSQL and BLOB on H2; ${text} is TEXT on PostgreSQL and CLOB on H2.
CREATE TABLE tenant (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    parent_id   VARCHAR(64)  REFERENCES tenant (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document (
    id                 VARCHAR(36)   PRIMARY KEY,
    seq                BIGINT        GENERATED ALWAYS AS IDENTITY,
    tenant_id          VARCHAR(64)   NOT NULL REFERENCES tenant (id),
    source_id          VARCHAR(200)  NOT NULL,
    source_connection  VARCHAR(64),
    source_remote_id   VARCHAR(200),
    payload_hash       CHAR(64)      NOT NULL,
    doc_type           VARCHAR(20)   NOT NULL,
    direction          VARCHAR(10)   NOT NULL,
    doc_number         VARCHAR(64)   NOT NULL,
    issue_date         DATE          NOT NULL,
    currency           CHAR(3)       NOT NULL,
    gross              NUMERIC(19, 2) NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    payment_status     VARCHAR(8)    NOT NULL,
    approval           VARCHAR(10)   NOT NULL,
    body               ${text}       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT document_source_unique UNIQUE (tenant_id, source_id),
    CONSTRAINT document_seq_unique UNIQUE (seq)
);
CREATE INDEX document_tenant_seq ON document (tenant_id, seq);
CREATE INDEX document_issue_date ON document (issue_date);

CREATE TABLE document_tag (
    document_id  VARCHAR(36) NOT NULL REFERENCES document (id),
    tag          VARCHAR(64) NOT NULL,
    PRIMARY KEY (document_id, tag)
);
CREATE INDEX document_tag_tag ON document_tag (tag);

CREATE TABLE document_event (
    id           BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  VARCHAR(36) NOT NULL REFERENCES document (id),
    event        VARCHAR(12) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_event_document ON document_event (document_id);

CREATE TABLE attachment_content (
    sha256      CHAR(64)  PRIMARY KEY,
    size        BIGINT    NOT NULL,
    content     ${binary} NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
