@NullMarked
package be.kompas.aftercare.internal;

import org.jspecify.annotations.NullMarked;
