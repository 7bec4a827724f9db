@NullMarked
package be.kompas.notifications.web;

import org.jspecify.annotations.NullMarked;
