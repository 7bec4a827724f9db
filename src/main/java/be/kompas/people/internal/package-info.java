@NullMarked
package be.kompas.people.internal;

import org.jspecify.annotations.NullMarked;
