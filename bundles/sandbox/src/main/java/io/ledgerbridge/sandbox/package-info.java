/**
 * Faithful in-memory simulators of the target services (sevdesk, Billomat, Zenvoices, OneCockpit) for tests
 * and demos: start one on a free port, point a connector at {@link io.ledgerbridge.sandbox.Simulator#baseUrl()},
 * and steer or observe it through {@link io.ledgerbridge.sandbox.SimulatorControl}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.ledgerbridge.sandbox;
