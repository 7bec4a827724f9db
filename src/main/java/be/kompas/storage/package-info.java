/**
 * Where Kompas keeps its data: an embedded PostgreSQL cluster in the data directory, or an external server named by
 * {@code spring.datasource.url}.
 */
@NullMarked
package be.kompas.storage;

import org.jspecify.annotations.NullMarked;
