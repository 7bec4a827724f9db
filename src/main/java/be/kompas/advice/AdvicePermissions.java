package be.kompas.advice;

/** What the Advice Point lets roles do; see {@code AdviceDefaults} for who holds each by default. */
public final class AdvicePermissions {

    /** Administers the Advice Point: sees every report's metadata, assigns coaches (facilitator and helpers). */
    public static final String MANAGE = "advice.reports.manage";
    /** Handles the reports one is entitled to: reads, acknowledges, converses, answers, forwards, closes. */
    public static final String HANDLE = "advice.reports.handle";
    /** Approves a request to read an archived report (the DPO). */
    public static final String APPROVE_ARCHIVE_ACCESS = "advice.archive.approve";
    /** Reads the Advice Point's statistics. */
    public static final String STATISTICS = "advice.statistics.read";

    private AdvicePermissions() {
    }
}
