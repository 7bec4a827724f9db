@NullMarked
package be.kompas.calendar.web;

import org.jspecify.annotations.NullMarked;
