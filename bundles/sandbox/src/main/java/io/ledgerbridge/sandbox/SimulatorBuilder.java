package io.ledgerbridge.sandbox;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings every simulator shares: interface, port, worker threads and clock.
 *
 * @param <B> the concrete builder type
 * @param <S> the simulator it starts
 */
public abstract class SimulatorBuilder<B extends SimulatorBuilder<B, S>, S extends Simulator> {

    private String host = "127.0.0.1";
    private int port;
    private int threads = 8;
    private Clock clock = Clock.systemUTC();
    private Optional<RequestContract> contract;

    /** Only the simulators of this package extend it. */
    SimulatorBuilder() {}

    /**
     * @param value the interface to bind, default {@code 127.0.0.1}
     * @return this builder
     */
    public B host(String value) {
        this.host = Objects.requireNonNull(value, "host");
        return self();
    }

    /**
     * @param value the TCP port, default 0 (a free port)
     * @return this builder
     */
    public B port(int value) {
        if (value < 0 || value > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + value);
        }
        this.port = value;
        return self();
    }

    /**
     * @param value the number of worker threads (1-64), default 8
     * @return this builder
     */
    public B threads(int value) {
        if (value < 1 || value > 64) {
            throw new IllegalArgumentException("threads must be 1-64: " + value);
        }
        this.threads = value;
        return self();
    }

    /**
     * @param value the clock for timestamps, rate-limit windows and token expiry (see {@link ManualClock})
     * @return this builder
     */
    public B clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return self();
    }

    /**
     * @param value the contract each request is checked against (a breach answers 400 the service's way); by default
     *     the one of {@code sandbox-contracts} when that jar is on the class path ({@link RequestContract#onClassPath})
     * @return this builder
     */
    public B contract(RequestContract value) {
        this.contract = Optional.of(Objects.requireNonNull(value, "contract"));
        return self();
    }

    /**
     * Accept every request the handlers accept, even with a contract on the class path (e.g. to test a client's
     * handling of a quirk the contract forbids).
     *
     * @return this builder
     */
    public B withoutContract() {
        this.contract = Optional.empty();
        return self();
    }

    /**
     * Starts the simulator.
     *
     * @return the running simulator
     * @throws java.io.UncheckedIOException when the port cannot be bound
     */
    public abstract S start();

    Optional<RequestContract> contract(String service) {
        return contract != null ? contract : RequestContract.onClassPath(service);
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    int threads() {
        return threads;
    }

    Clock clock() {
        return clock;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
