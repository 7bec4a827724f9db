@NullMarked
package be.kompas.lookups.web;

import org.jspecify.annotations.NullMarked;
