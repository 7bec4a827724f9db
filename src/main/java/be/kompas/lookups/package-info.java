/**
 * Monitoring of police-database look-ups for private misuse: the explanation engine, its command line and the review
 * queue.
 */
@NullMarked
package be.kompas.lookups;

import org.jspecify.annotations.NullMarked;
