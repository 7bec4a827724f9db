package be.kompas.reporting;

import java.time.LocalDate;
import java.util.List;

/** Open work and deadlines due and overdue in a module, counts only, for the dashboards. */
public interface OpenWorkProvider {

    List<OpenWork> openWork(Scope scope, LocalDate today);
}
