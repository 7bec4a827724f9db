@NullMarked
package be.kompas.registers.web;

import org.jspecify.annotations.NullMarked;
