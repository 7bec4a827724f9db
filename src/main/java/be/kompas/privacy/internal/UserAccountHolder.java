package be.kompas.privacy.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.stereotype.Component;

import be.kompas.core.PageRequest;
import be.kompas.identity.UserManagement;
import be.kompas.identity.UserSummary;
import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecord;
import be.kompas.privacy.PersonalRecordType;
import be.kompas.tenancy.OrganisationId;

/**
 * User accounts as personal records. Accounts are not purged by retention: an account is the actor of audit entries,
 * which are evidence; a leaver's account is disabled instead. It lives here because identity sits below privacy.
 */
@Component
class UserAccountHolder implements PersonalDataHolder {

    static final PersonalRecordType USER_ACCOUNT = new PersonalRecordType("identity.user-account",
            "privacy.type.identity.user-account", false);

    private final UserManagement users;

    UserAccountHolder(UserManagement users) {
        this.users = users;
    }

    @Override
    public List<PersonalRecordType> recordTypes() {
        return List.of(USER_ACCOUNT);
    }

    @Override
    public List<PersonalRecord> findAbout(OrganisationId organisation, String person) {
        return users.list(organisation, person, PageRequest.of(0, PageRequest.MAX_SIZE)).content().stream()
                .map(UserAccountHolder::toRecord).toList();
    }

    @Override
    public int purge(OrganisationId organisation, String recordType, Instant cutOff) {
        throw new UnsupportedOperationException("User accounts are disabled, not purged");
    }

    private static PersonalRecord toRecord(UserSummary user) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", user.username());
        fields.put("displayName", user.displayName());
        fields.put("roles", String.join(", ", user.roles()));
        fields.put("enabled", Boolean.toString(user.enabled()));
        fields.put("secondFactor", Boolean.toString(user.secondFactor()));
        fields.put("lastLoginAt", user.lastLoginAt() == null ? "" : user.lastLoginAt().toString());
        return new PersonalRecord(USER_ACCOUNT.code(), user.id().toString(), user.displayName() + " ("
                + user.username() + ")", null, fields);
    }
}
