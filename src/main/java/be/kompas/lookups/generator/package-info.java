/** Synthetic look-up data sets in the exchange format, with planted private look-ups and their ground truth. */
@NullMarked
package be.kompas.lookups.generator;

import org.jspecify.annotations.NullMarked;
