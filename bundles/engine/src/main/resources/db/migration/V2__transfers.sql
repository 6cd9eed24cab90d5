-- Connections' runtime state, transfers (the outbox), the append-only ledger of attempts, connector memory,
-- backfill jobs and import cursors.
CREATE TABLE connection_state (
    connection_id     VARCHAR(200) PRIMARY KEY,
    connector_id      VARCHAR(64)   NOT NULL,
    tenant_id         VARCHAR(64)   NOT NULL,
    active            BOOLEAN       NOT NULL,
    activated_at      TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(10)   NOT NULL,
    status_detail     VARCHAR(32),
    status_message    VARCHAR(1000),
    paused            BOOLEAN       NOT NULL,
    config_hash       CHAR(64),
    last_delivery_at  TIMESTAMP WITH TIME ZONE,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE transfer (
    id               VARCHAR(36)  PRIMARY KEY,
    seq              BIGINT       GENERATED ALWAYS AS IDENTITY,
    document_id      VARCHAR(36)  NOT NULL REFERENCES document (id),
    connection_id    VARCHAR(200) NOT NULL,
    tenant_id        VARCHAR(64)  NOT NULL,
    purpose          VARCHAR(16)  NOT NULL,
    trigger_event    VARCHAR(12)  NOT NULL,
    priority         INT          NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner      VARCHAR(64),
    lease_until      TIMESTAMP WITH TIME ZONE,
    uncertain        BOOLEAN      NOT NULL,
    remote_id        VARCHAR(200),
    remote_url       VARCHAR(1000),
    last_kind        VARCHAR(16),
    last_message     VARCHAR(1000),
    job_id           VARCHAR(36),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT transfer_once UNIQUE (document_id, connection_id, purpose),
    CONSTRAINT transfer_seq_unique UNIQUE (seq)
);
CREATE INDEX transfer_due ON transfer (connection_id, status, priority, next_attempt_at);
CREATE INDEX transfer_document ON transfer (document_id);
CREATE INDEX transfer_job ON transfer (job_id, status);
CREATE INDEX transfer_lease ON transfer (status, lease_until);

CREATE TABLE transfer_attempt (
    id            BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transfer_id   VARCHAR(36)  NOT NULL REFERENCES transfer (id),
    attempt       INT          NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms   BIGINT       NOT NULL,
    outcome       VARCHAR(12)  NOT NULL,
    kind          VARCHAR(16),
    message       VARCHAR(1000),
    remote_id     VARCHAR(200),
    request_hash  CHAR(64)     NOT NULL
);
CREATE INDEX transfer_attempt_transfer ON transfer_attempt (transfer_id);

CREATE TABLE connection_memory (
    connection_id  VARCHAR(200)  NOT NULL,
    mem_key        VARCHAR(200)  NOT NULL,
    mem_value      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (connection_id, mem_key)
);

CREATE TABLE backfill_job (
    id             VARCHAR(36)  PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    connection_id  VARCHAR(200) NOT NULL,
    criteria       VARCHAR(4000) NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    total          INT          NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE import_cursor (
    connection_id  VARCHAR(200) PRIMARY KEY,
    cursor_value   VARCHAR(2000),
    lease_owner    VARCHAR(64),
    lease_until    TIMESTAMP WITH TIME ZONE,
    last_run_at    TIMESTAMP WITH TIME ZONE,
    last_result    VARCHAR(1000)
);
