package be.kompas.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.kompas.tenancy.Organisation;

/** What the demo steps hand on to each other while they load. */
final class DemoContext {

    final Map<String, Organisation> organisations = new LinkedHashMap<>();
    /** Staff members by the demo username of the user who is that person, so accounts link to their staff record. */
    final Map<String, UUID> staffByUsername = new HashMap<>();
    final List<DemoLogin> logins = new ArrayList<>();
    final Map<String, UUID> userIds = new HashMap<>();

    Organisation organisation(String code) {
        return organisations.get(code);
    }
}
