/** The ${connectorName} connector (internal). */
package ${package}.internal;
