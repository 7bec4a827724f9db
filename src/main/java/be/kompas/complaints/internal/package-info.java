@NullMarked
package be.kompas.complaints.internal;

import org.jspecify.annotations.NullMarked;
