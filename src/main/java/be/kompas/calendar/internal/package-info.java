@NullMarked
package be.kompas.calendar.internal;

import org.jspecify.annotations.NullMarked;
