package be.kompas.demo;

/**
 * One demo user's credentials, as written to {@code <data-dir>/demo-credentials.tsv}.
 *
 * @param totpSecret empty when the user has no second factor
 */
public record DemoLogin(String role, String username, String password, String totpSecret, String apiToken) {

    String toTsv() {
        return String.join("\t", role, username, password, totpSecret, apiToken);
    }

    static DemoLogin fromTsv(String line) {
        String[] cells = line.split("\t", -1);
        return new DemoLogin(cells[0], cells[1], cells[2], cells[3], cells[4]);
    }
}
