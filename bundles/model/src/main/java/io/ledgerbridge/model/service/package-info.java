/**
 * The services the platform exports: document intake and lifecycle ({@link io.ledgerbridge.model.service.DocumentService})
 * and tenants ({@link io.ledgerbridge.model.service.TenantService}). In-process ERP modules use them as OSGi services;
 * the REST API is a thin layer over the same services.
 */
@Export
@Version("2.0.0")
package io.ledgerbridge.model.service;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
