/** The early-warning pages and API. */
@NullMarked
package be.kompas.earlywarning.web;

import org.jspecify.annotations.NullMarked;
