/**
 * Demo data for fictitious organisations, loaded on the first start, so that a new user can try every role at once.
 */
@NullMarked
package be.kompas.demo;

import org.jspecify.annotations.NullMarked;
