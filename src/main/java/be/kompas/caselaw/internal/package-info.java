@NullMarked
package be.kompas.caselaw.internal;

import org.jspecify.annotations.NullMarked;
