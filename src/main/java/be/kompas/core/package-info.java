/**
 * The few types every module shares: paging, navigation entries and the not-found signal that keeps other
 * organisations' records invisible.
 */
@NullMarked
package be.kompas.core;

import org.jspecify.annotations.NullMarked;
