@NullMarked
package be.kompas.reporting.internal;

import org.jspecify.annotations.NullMarked;
