/** ${connectorName}'s wire format: request bodies and the parts of replies the connector reads (internal). */
package ${package}.internal.dto;
