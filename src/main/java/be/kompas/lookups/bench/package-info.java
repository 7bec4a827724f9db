/** Throughput and memory benchmark of the engine against a set-based PostgreSQL baseline. */
@NullMarked
package be.kompas.lookups.bench;

import org.jspecify.annotations.NullMarked;
