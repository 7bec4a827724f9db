@NullMarked
package be.kompas.policy.web;

import org.jspecify.annotations.NullMarked;
