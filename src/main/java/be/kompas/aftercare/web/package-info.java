@NullMarked
package be.kompas.aftercare.web;

import org.jspecify.annotations.NullMarked;
