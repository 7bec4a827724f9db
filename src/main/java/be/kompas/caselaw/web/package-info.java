@NullMarked
package be.kompas.caselaw.web;

import org.jspecify.annotations.NullMarked;
