/**
 * The web shell: layout, navigation by role, language switching, the home page and the error pages that every module's
 * pages sit in.
 */
@NullMarked
package be.kompas.web;

import org.jspecify.annotations.NullMarked;
