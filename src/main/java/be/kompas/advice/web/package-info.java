@NullMarked
package be.kompas.advice.web;

import org.jspecify.annotations.NullMarked;
