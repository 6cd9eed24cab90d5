package io.ledgerbridge.sandbox.internal.state;

import io.ledgerbridge.sandbox.internal.http.ApiException;

/**
 * The memory budget of one simulator: at most {@link #MAX_OBJECTS} stored objects and {@link #MAX_BYTES} of
 * stored file content. A create beyond it fails with 507 Insufficient Storage until the simulator is reset.
 */
public final class Capacity {

    public static final int MAX_OBJECTS = 100_000;
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final int maxObjects;
    private final long maxBytes;
    private int objects;
    private long bytes;

    public Capacity() {
        this(MAX_OBJECTS, MAX_BYTES);
    }

    public Capacity(int maxObjects, long maxBytes) {
        this.maxObjects = maxObjects;
        this.maxBytes = maxBytes;
    }

    /** Reserves room for one object holding {@code contentBytes} of file content, or fails with 507. */
    public synchronized void reserve(long contentBytes) {
        if (objects + 1 > maxObjects) {
            throw new ApiException(507, "Sandbox storage is full (" + maxObjects + " objects); reset the simulator");
        }
        if (bytes + contentBytes > maxBytes) {
            throw new ApiException(507, "Sandbox file storage is full (" + maxBytes + " bytes); reset the simulator");
        }
        objects++;
        bytes += contentBytes;
    }

    public synchronized void release(long contentBytes) {
        objects = Math.max(0, objects - 1);
        bytes = Math.max(0, bytes - contentBytes);
    }

    public synchronized int objects() {
        return objects;
    }
}
