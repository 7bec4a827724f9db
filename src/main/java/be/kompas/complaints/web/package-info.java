@NullMarked
package be.kompas.complaints.web;

import org.jspecify.annotations.NullMarked;
