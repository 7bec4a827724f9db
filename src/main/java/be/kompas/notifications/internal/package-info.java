@NullMarked
package be.kompas.notifications.internal;

import org.jspecify.annotations.NullMarked;
