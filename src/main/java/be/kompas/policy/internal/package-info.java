@NullMarked
package be.kompas.policy.internal;

import org.jspecify.annotations.NullMarked;
