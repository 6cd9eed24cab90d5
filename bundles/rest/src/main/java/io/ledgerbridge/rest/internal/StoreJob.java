package io.ledgerbridge.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One install or uninstall of a connector feature, from queued to a terminal state it never leaves. */
final class StoreJob {
    enum Status {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    private final String id = UUID.randomUUID().toString();
    private final String connectorId;
    private final String feature;
    private final String action;
    private final String user;
    private final Instant queuedAt = Instant.now();
    private Status status = Status.QUEUED;
    private int progress;
    private String step = "Waiting for other installs to finish";
    private String message;
    private Instant startedAt;
    private Instant finishedAt;
    private final List<String> bundlesInstalled = new ArrayList<>();
    private final List<String> bundlesRemoved = new ArrayList<>();
    private final List<String> bundlesStopped = new ArrayList<>();

    /**
     * What the API shows of a job.
     *
     * @param id the job id
     * @param connectorId the connector
     * @param feature its feature
     * @param action install or uninstall
     * @param user who started it
     * @param status QUEUED, RUNNING, SUCCEEDED or FAILED
     * @param progress 0 to 100
     * @param step what it is doing
     * @param message the outcome, in words
     * @param queuedAt when it was asked for
     * @param startedAt when it started
     * @param finishedAt when it ended
     * @param bundlesInstalled bundles installed by it
     * @param bundlesRemoved bundles uninstalled by it
     * @param bundlesRestarted bundles it neither installed nor removed that stopped while it ran (stays empty)
     */
    record View(
            String id,
            String connectorId,
            String feature,
            String action,
            String user,
            Status status,
            int progress,
            String step,
            String message,
            Instant queuedAt,
            Instant startedAt,
            Instant finishedAt,
            List<String> bundlesInstalled,
            List<String> bundlesRemoved,
            List<String> bundlesRestarted) {}

    StoreJob(String connectorId, String feature, String action, String user) {
        this.connectorId = connectorId;
        this.feature = feature;
        this.action = action;
        this.user = user;
    }

    String id() {
        return id;
    }

    String connectorId() {
        return connectorId;
    }

    String feature() {
        return feature;
    }

    boolean installs() {
        return "install".equals(action);
    }

    synchronized boolean isOpen() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    synchronized Instant startedAt() {
        return startedAt;
    }

    synchronized void start() {
        status = Status.RUNNING;
        startedAt = Instant.now();
        step("Resolving what the feature needs", 5);
    }

    /** Moves on to a step; ignored once the job has ended. */
    synchronized void step(String what, int percent) {
        if (isOpen()) {
            step = what;
            progress = Math.max(progress, percent);
        }
    }

    synchronized void bundleEvent(List<String> list, String bundle) {
        if (isOpen() && !list.contains(bundle)) {
            list.add(bundle);
        }
    }

    List<String> installedList() {
        return bundlesInstalled;
    }

    List<String> removedList() {
        return bundlesRemoved;
    }

    List<String> stoppedList() {
        return bundlesStopped;
    }

    /** Ends the job; a job that has already ended keeps its first outcome. */
    synchronized void finish(boolean succeeded, String outcome) {
        if (!isOpen()) {
            return;
        }
        status = succeeded ? Status.SUCCEEDED : Status.FAILED;
        progress = succeeded ? 100 : progress;
        step = succeeded ? "Done" : "Failed";
        message = outcome;
        finishedAt = Instant.now();
    }

    synchronized View view() {
        return new View(
                id,
                connectorId,
                feature,
                action,
                user,
                status,
                progress,
                step,
                message,
                queuedAt,
                startedAt,
                finishedAt,
                List.copyOf(bundlesInstalled),
                List.copyOf(bundlesRemoved),
                bundlesStopped.stream()
                        .filter(b -> !bundlesInstalled.contains(b) && !bundlesRemoved.contains(b))
                        .toList());
    }
}
