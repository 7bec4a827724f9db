package be.kompas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import be.kompas.KompasIntegrationTest;
import be.kompas.core.Formats;
import be.kompas.demo.DemoLogins;
import be.kompas.identity.internal.SignedIn;

/** Lists, figures and exports of complaints are reads of sensitive records: one audit entry per view or download. */
@KompasIntegrationTest
class ComplaintAuditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void viewingTheInboxAddsOneEntryWithTheFilterAndTheIdsShown() throws Exception {
        long before = entries("demo.customer", "complaint-list");
        mvc.perform(get("/complaints").param("status", "CLOSED").param("kind", "COMPLAINT")
                .with(SignedIn.as("demo.customer"))).andExpect(status().isOk());
        assertThat(entries("demo.customer", "complaint-list")).isEqualTo(before + 1);
        var entry = last("demo.customer", "complaint-list");
        assertThat(entry).containsEntry("action", "read").containsEntry("record_id", "inbox");
        String details = (String) entry.get("details");
        assertThat(details).contains("status=CLOSED", "kind=COMPLAINT", "page=0", "size=25");
        // The ids are those of the page: the 25 newest closed complaints of the zone.
        List<String> shown = jdbc.sql("""
                select c.id::text from complaint c join organisation o on o.id = c.organisation_id
                where o.code = 'demo' and c.status = 'CLOSED' and c.kind = 'COMPLAINT'
                order by c.received_on desc, c.reference desc limit 25""").query(String.class).list();
        assertThat(shown).as("the demo zone has closed complaints").isNotEmpty();
        assertThat(details).contains("shown=" + shown.size());
        assertThat(Arrays.asList(details.substring(details.indexOf("ids=") + 4).split(",")))
                .containsExactlyElementsOf(shown);
        int total = jdbc.sql("""
                select count(*) from complaint c join organisation o on o.id = c.organisation_id
                where o.code = 'demo' and c.status = 'CLOSED' and c.kind = 'COMPLAINT'""").query(Integer.class)
                .single();
        assertThat(details).contains("total=" + total);

        // The API's list is recorded the same way, by the chief who reads it.
        mvc.perform(new Api(logins).as("demo.chief", get("/api/v1/complaints").param("size", "3")))
                .andExpect(status().isOk());
        assertThat((String) last("demo.chief", "complaint-list").get("details")).contains("size=3", "shown=3");
    }

    @Test
    void ownComplaintsFiguresAndExportsAreRecorded() throws Exception {
        long mine = entries("demo.officer", "complaint-list");
        mvc.perform(get("/complaints/mine").with(SignedIn.as("demo.officer"))).andExpect(status().isOk());
        assertThat(entries("demo.officer", "complaint-list")).isEqualTo(mine + 1);
        assertThat(last("demo.officer", "complaint-list")).containsEntry("record_id", "mine");

        int year = LocalDate.now(clock.withZone(Formats.ZONE)).getYear();
        long figures = entries("demo.chief", "complaint-statistics");
        mvc.perform(get("/complaints/statistics").with(SignedIn.as("demo.chief"))).andExpect(status().isOk());
        mvc.perform(new Api(logins).as("demo.chief", get("/api/v1/complaints/statistics")
                .param("year", String.valueOf(year - 1)))).andExpect(status().isOk());
        assertThat(entries("demo.chief", "complaint-statistics")).isEqualTo(figures + 2);
        assertThat(last("demo.chief", "complaint-statistics")).containsEntry("record_id", String.valueOf(year - 1));

        for (String format : new String[] { "csv", "pdf", "klfp.json" }) {
            long exports = entries("demo.customer", "complaint-export");
            mvc.perform(get("/complaints/statistics/export." + format).param("from", year + "-01-01")
                    .param("to", year + "-06-30").with(SignedIn.as("demo.customer"))).andExpect(status().isOk());
            assertThat(entries("demo.customer", "complaint-export")).isEqualTo(exports + 1);
            assertThat(last("demo.customer", "complaint-export")).containsEntry("record_id",
                    format.replace(".json", "") + " " + year + "-01-01.." + year + "-06-30");
        }
    }

    private long entries(String actor, String recordType) {
        return jdbc.sql("select count(*) from audit_entry where actor = :actor and record_type = :type")
                .param("actor", actor).param("type", recordType).query(Long.class).single();
    }

    private Map<String, Object> last(String actor, String recordType) {
        return jdbc.sql("""
                select action, record_id, details from audit_entry where actor = :actor and record_type = :type
                order by seq desc limit 1""").param("actor", actor).param("type", recordType).query().singleRow();
    }
}
