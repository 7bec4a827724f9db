package be.kompas.advice;

/** Where a coach may pass a report on when their duty to report requires it (domain.md 1.2 and 3). */
public enum ForwardTarget {
    DIT, MAYOR, CHIEF_OF_POLICE, PROSECUTOR, DPO, OTHER
}
