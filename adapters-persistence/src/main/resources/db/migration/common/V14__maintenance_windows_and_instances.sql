-- Maintenance windows (/v1/maintenance-windows), shared by every instance on the store. Operators
-- write a handful; they are always read whole, so matchers (one per line, as amtool writes them)
-- and time intervals (MaintenanceWindowCodec) are text columns rather than side tables.
CREATE TABLE maintenance_windows (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    name           TEXT         NOT NULL,
    matchers       TEXT         NOT NULL,
    time_intervals TEXT         NOT NULL,
    created_by     TEXT         NOT NULL,
    comment        TEXT         NOT NULL,
    created_at     BIGINT       NOT NULL,
    updated_at     BIGINT       NOT NULL
);

-- The instances sharing the store, for GET /api/v2/status's cluster peers: each upserts its row
-- every heartbeat; a row not seen within the staleness bound is not a peer (a crashed instance
-- never deletes its own).
CREATE TABLE instances (
    name      VARCHAR(64)  NOT NULL PRIMARY KEY,
    address   VARCHAR(255) NOT NULL,
    last_seen BIGINT       NOT NULL
);
