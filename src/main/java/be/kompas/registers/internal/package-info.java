@NullMarked
package be.kompas.registers.internal;

import org.jspecify.annotations.NullMarked;
