@NullMarked
package be.kompas.people.web;

import org.jspecify.annotations.NullMarked;
