package be.kompas.demo;

import static be.kompas.identity.Roles.*;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import be.kompas.identity.NewUser;
import be.kompas.identity.UserManagement;

/**
 * One account per role in the first zone, a few in the others. Passwords and second-factor secrets are random per
 * installation (or one fixed password in tests), and written to the credentials file.
 */
@Component
class DemoUsers implements DemoStep {

    private record Account(String org, String name, String displayName, Set<String> roles, boolean secondFactor) {
    }

    private static final List<Account> ACCOUNTS = List.of(
            new Account("demo", "admin", "Ada Admin", Set.of(ADMINISTRATOR), true),
            new Account("demo", "chief", "Karel Claes", Set.of(CHIEF_OF_POLICE, STAFF_MEMBER), false),
            new Account("demo", "mayor", "Burgemeester Mira Goossens", Set.of(DISCIPLINARY_AUTHORITY), false),
            new Account("demo", "coordinator", "Ilse Wouters", Set.of(INTEGRITY_COORDINATOR, STAFF_MEMBER), false),
            new Account("demo", "facilitator", "Frank De Smet", Set.of(COACH_FACILITATOR, STAFF_MEMBER), false),
            new Account("demo", "helper", "Hanne Peeters", Set.of(FACILITATOR_HELPER, STAFF_MEMBER), false),
            new Account("demo", "coach", "Caroline Jacobs", Set.of(INTEGRITY_COACH, STAFF_MEMBER), false),
            new Account("demo", "coach2", "Koen Maes", Set.of(INTEGRITY_COACH, STAFF_MEMBER), false),
            new Account("demo", "ditlead", "Dirk Mertens", Set.of(HEAD_OF_OVERSIGHT, STAFF_MEMBER), true),
            new Account("demo", "investigator", "Sofie Willems", Set.of(OVERSIGHT_INVESTIGATOR, STAFF_MEMBER), true),
            new Account("demo", "discipline", "Tom Dubois", Set.of(DISCIPLINE_OFFICER, STAFF_MEMBER), false),
            new Account("demo", "dpo", "Nathalie Lambert", Set.of(DATA_PROTECTION_OFFICER, STAFF_MEMBER), false),
            new Account("demo", "customer", "Lies Van den Broeck", Set.of(CUSTOMER_COORDINATOR, STAFF_MEMBER), false),
            new Account("demo", "confidant", "Marc Hermans", Set.of(CONFIDENTIAL_PERSON, STAFF_MEMBER), false),
            new Account("demo", "care", "Eva Aerts", Set.of(PERSONNEL_CARE, STAFF_MEMBER), false),
            new Account("demo", "prevention", "Peter Janssens", Set.of(PREVENTION_ADVISER, STAFF_MEMBER), false),
            new Account("demo", "manager", "Luc Vermeulen", Set.of(LINE_MANAGER, STAFF_MEMBER), false),
            new Account("demo", "officer", "Jonas Desmet", Set.of(STAFF_MEMBER), false),
            new Account("demo2", "admin", "Alain Admin", Set.of(ADMINISTRATOR), true),
            new Account("demo2", "chief", "Valérie Dupont", Set.of(CHIEF_OF_POLICE, STAFF_MEMBER), false),
            new Account("demo2", "coordinator", "Julien Lejeune", Set.of(INTEGRITY_COORDINATOR, STAFF_MEMBER), false),
            new Account("demo2", "investigator", "Céline Renard", Set.of(OVERSIGHT_INVESTIGATOR, STAFF_MEMBER), true),
            new Account("demo2", "dpo", "Marc Lambotte", Set.of(DATA_PROTECTION_OFFICER, STAFF_MEMBER), false),
            new Account("demo2", "officer", "Sarah Martin", Set.of(STAFF_MEMBER), false),
            new Account("fed", "coordinator", "Griet Claeys", Set.of(INTEGRITY_COORDINATOR, STAFF_MEMBER), false),
            new Account("fed", "officer", "Bart Michiels", Set.of(STAFF_MEMBER), false),
            new Account("aig", "analyst", "An Verbruggen", Set.of(AIG_ANALYST), false),
            new Account("aig", "admin", "Aline Admin", Set.of(ADMINISTRATOR), true));

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserManagement users;
    private final DemoSettings settings;

    DemoUsers(UserManagement users, DemoSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(DemoContext context) {
        for (Account account : ACCOUNTS) {
            String username = account.org() + "." + account.name();
            String password = settings.password() != null ? settings.password() : randomPassword();
            var id = users.create(new NewUser(context.organisation(account.org()).id(), username,
                    account.displayName(), password, account.roles(), context.staffByUsername.get(username)));
            // Demo users can be re-granted access, so their recovery key is written nowhere.
            users.createKeyPair(id, password);
            String secret = account.secondFactor() ? users.enableSecondFactor(id) : "";
            String token = users.issueApiToken(id, "demo");
            String mainRole = account.roles().stream().filter(r -> !r.equals(STAFF_MEMBER)).findFirst()
                    .orElse(STAFF_MEMBER);
            context.userIds.put(username, id);
            context.logins.add(new DemoLogin(mainRole, username, password, secret, token));
        }
    }

    private static String randomPassword() {
        var builder = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            builder.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return builder.toString();
    }
}
