package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.service.ConflictException;
import io.ledgerbridge.model.service.ConnectionAdmin;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.features.DeploymentEvent;
import org.apache.karaf.features.DeploymentListener;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and uninstalls connector features as jobs, one at a time, never refreshing other bundles. A job records
 * the bundles installed, removed and stopped (restarted) while it runs, from the framework's own events, and always
 * ends: SUCCEEDED once the connector is (no longer) available, FAILED with the reason, or FAILED after
 * {@link #LIMIT}.
 */
@Component(service = StoreJobs.class)
public class StoreJobs implements DeploymentListener, SynchronousBundleListener {
    static final Duration LIMIT = Duration.ofMinutes(5);
    private static final Duration CONNECTOR_WAIT = Duration.ofSeconds(30);
    private static final int KEPT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(StoreJobs.class);

    private final FeaturesService features;
    private final ConnectionAdmin admin;
    private final BundleContext context;
    private final Map<String, StoreJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "ledgerbridge-store"));
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ledgerbridge-store-watchdog"));
    private volatile StoreJob current;

    @Activate
    public StoreJobs(@Reference FeaturesService features, @Reference ConnectionAdmin admin, BundleContext context) {
        this.features = features;
        this.admin = admin;
        this.context = context;
        features.registerListener(this);
        context.addBundleListener(this);
        watchdog.scheduleWithFixedDelay(this::failOverdue, 5, 5, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        features.unregisterListener(this);
        context.removeBundleListener(this);
        watchdog.shutdownNow();
        runner.shutdownNow();
        jobs.values().forEach(j -> j.finish(false, "Ledgerbridge's REST API stopped before the job ended"));
    }

    /** Queues an install or uninstall of the connector's feature; refused while another job for it is open. */
    synchronized StoreJob submit(ConnectorCatalog.Listed listed, boolean install, boolean installed, String user) {
        if (install == installed) {
            throw new ConflictException(listed.connectorId() + " is " + (installed ? "already" : "not") + " installed");
        }
        openJob(listed.connectorId()).ifPresent(j -> {
            throw new ConflictException("a job for " + listed.connectorId() + " is under way: " + j.id());
        });
        StoreJob job =
                new StoreJob(listed.connectorId(), listed.feature().getName(), install ? "install" : "uninstall", user);
        jobs.put(job.id(), job);
        forgetOld();
        runner.execute(() -> run(job));
        return job;
    }

    Optional<StoreJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    List<StoreJob.View> all() {
        return jobs.values().stream()
                .map(StoreJob::view)
                .sorted(Comparator.comparing(StoreJob.View::queuedAt).reversed())
                .toList();
    }

    Optional<StoreJob> openJob(String connectorId) {
        return jobs.values().stream()
                .filter(j -> j.connectorId().equals(connectorId) && j.isOpen())
                .findFirst();
    }

    private void run(StoreJob job) {
        current = job;
        job.start();
        LOG.info(
                "Store job {}: {} feature {} for user '{}'",
                job.id(),
                job.view().action(),
                job.feature(),
                job.view().user());
        try {
            EnumSet<FeaturesService.Option> options = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
            if (job.installs()) {
                features.installFeature(job.feature(), options);
            } else {
                features.uninstallFeature(job.feature(), options);
            }
            job.step(job.installs() ? "Waiting for the connector to start" : "Waiting for the connector to stop", 90);
            boolean settled = awaitConnector(job.connectorId(), job.installs());
            job.finish(
                    settled,
                    settled
                            ? job.connectorId() + (job.installs() ? " is installed" : " is uninstalled")
                            : "the feature was " + (job.installs() ? "installed" : "uninstalled")
                                    + ", but the connector did not " + (job.installs() ? "start" : "stop") + " within "
                                    + CONNECTOR_WAIT.toSeconds() + " s; see the log");
        } catch (Exception e) {
            LOG.warn("Store job {} failed", job.id(), e);
            job.finish(false, "could not " + job.view().action() + " " + job.feature() + ": " + e.getMessage());
        } finally {
            current = null;
            StoreJob.View end = job.view();
            LOG.info(
                    "Store job {} ended: {} (installed {}, removed {}, restarted {})",
                    job.id(),
                    end.status(),
                    end.bundlesInstalled(),
                    end.bundlesRemoved(),
                    end.bundlesRestarted());
        }
    }

    private boolean awaitConnector(String connectorId, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + CONNECTOR_WAIT.toNanos();
        synchronized (this) {
            while (admin.form(connectorId).isPresent() != present) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                wait(Math.min(left, 200)); // woken by bundle events; the bound covers DS activating after them
            }
        }
        return true;
    }

    @Override
    public void deploymentEvent(DeploymentEvent event) {
        StoreJob job = current;
        if (job == null) {
            return;
        }
        switch (event) {
            case DEPLOYMENT_STARTED -> job.step("Resolving what the feature needs", 20);
            case BUNDLES_INSTALLED -> job.step(job.installs() ? "Bundles installed" : "Bundles removed", 50);
            case BUNDLES_RESOLVED -> job.step("Starting bundles", 70);
            case DEPLOYMENT_FINISHED -> job.step("Feature deployed", 85);
            default -> {}
        }
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        StoreJob job = current;
        if (job != null) {
            Bundle b = event.getBundle();
            String name = b.getSymbolicName() + " " + b.getVersion();
            switch (event.getType()) {
                case BundleEvent.INSTALLED -> job.bundleEvent(job.installedList(), name);
                case BundleEvent.UNINSTALLED -> job.bundleEvent(job.removedList(), name);
                case BundleEvent.STOPPED -> job.bundleEvent(job.stoppedList(), name);
                default -> {}
            }
        }
        synchronized (this) {
            notifyAll();
        }
    }

    private void failOverdue() {
        Instant limit = Instant.now().minus(LIMIT);
        jobs.values().stream()
                .filter(StoreJob::isOpen)
                .filter(j -> j.startedAt() != null && j.startedAt().isBefore(limit))
                .forEach(j -> j.finish(
                        false,
                        "did not end within " + LIMIT.toMinutes() + " minutes; the feature "
                                + "service may still be working on it; see the log before trying again"));
    }

    private void forgetOld() {
        if (jobs.size() > KEPT) {
            jobs.values().stream()
                    .filter(j -> !j.isOpen())
                    .sorted(Comparator.comparing(j -> j.view().queuedAt()))
                    .limit(jobs.size() - KEPT)
                    .map(StoreJob::id)
                    .toList()
                    .forEach(jobs::remove);
        }
    }
}
