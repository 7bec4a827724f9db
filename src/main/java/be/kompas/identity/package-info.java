/**
 * Users, their roles and permissions, login with a second factor, personal API tokens and the security rules that
 * every request passes.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "core :: crypto", "tenancy" })
package be.kompas.identity;

import org.jspecify.annotations.NullMarked;
