@NullMarked
package be.kompas.reporting.web;

import org.jspecify.annotations.NullMarked;
