@NullMarked
package be.kompas.lookups.internal;

import org.jspecify.annotations.NullMarked;
