package be.kompas.lookups.generator;

/**
 * The size and make-up of a synthetic data set.
 *
 * @param events       look-ups to write
 * @param staff        officers, in teams of ten
 * @param subjects     people in the registers, staff and their households included
 * @param cases        cases, each involving one to five subjects (three on average)
 * @param days         period the look-ups cover
 * @param privateShare share of look-ups that are planted private ones
 * @param noiseShare   share of look-ups that are legitimate but unexplained (helping another team, street checks)
 */
public record GeneratorSettings(long events, long seed, int staff, int subjects, int cases, int days,
        double privateShare, double noiseShare) {

    public GeneratorSettings {
        if (events < 1 || staff < 20 || subjects < staff * 8 || cases < 10 || days < 14) {
            throw new IllegalArgumentException("need at least 1 event, 20 staff, 8 subjects per officer, 10 cases "
                    + "and 14 days");
        }
    }

    /**
     * Context scaled to the number of events as in a mid-sized zone: per 10 million look-ups, 5,000 staff, a million
     * subjects and 500,000 cases over 90 days; never smaller than a small zone.
     */
    public static GeneratorSettings scaledTo(long events, long seed) {
        int staff = (int) Math.max(50, events / 2_000);
        return new GeneratorSettings(events, seed, staff, (int) Math.max(staff * 40L, events / 10),
                (int) Math.max(staff * 100L, events / 20), 90, 0.005, 0.03);
    }

    public GeneratorSettings withContext(int staffCount, int subjectCount, int caseCount) {
        return new GeneratorSettings(events, seed, staffCount, subjectCount, caseCount, days, privateShare,
                noiseShare);
    }

    int teams() {
        return Math.max(2, staff / 10);
    }
}
