@NullMarked
package be.kompas.advice.internal;

import org.jspecify.annotations.NullMarked;
