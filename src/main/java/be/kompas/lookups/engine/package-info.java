/**
 * The look-up monitoring engine: reads the exchange format, explains look-ups by cases and scores the rest, with no
 * framework dependency.
 */
@NullMarked
package be.kompas.lookups.engine;

import org.jspecify.annotations.NullMarked;
