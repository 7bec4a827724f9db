package be.kompas.policy.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import be.kompas.tenancy.OrganisationId;
import jakarta.annotation.PreDestroy;

/**
 * Holds survey answers in memory until a batch is full, then writes the batch in a random order, with random ids and
 * no timestamps, in a transaction of its own: neither the order of rows, their transaction nor the time of writing
 * tells which answer came with which participation (which the audit trail records with its time). Answers still held
 * are written when the survey closes and when the application stops; a crash loses them, which is the price of not
 * writing them one by one.
 */
@Component
class SurveyResponseBuffer {

    record Pending(OrganisationId organisation, UUID survey, String group, Map<UUID, Integer> scores) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, List<Pending>> held = new HashMap<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int batchSize;

    SurveyResponseBuffer(JdbcClient jdbc, PlatformTransactionManager transactionManager,
            @Value("${kompas.policy.survey-batch:10}") int batchSize) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
    }

    void hold(Pending response) {
        List<Pending> batch = null;
        synchronized (held) {
            var pending = held.computeIfAbsent(response.survey(), survey -> new ArrayList<>());
            pending.add(response);
            if (pending.size() >= batchSize) {
                batch = held.remove(response.survey());
            }
        }
        if (batch != null) {
            write(batch);
        }
    }

    /** Writes whatever is held for the survey, however few. */
    void flush(UUID survey) {
        List<Pending> batch;
        synchronized (held) {
            batch = held.remove(survey);
        }
        if (batch != null) {
            write(batch);
        }
    }

    @PreDestroy
    void flushAll() {
        List<List<Pending>> batches;
        synchronized (held) {
            batches = new ArrayList<>(held.values());
            held.clear();
        }
        batches.forEach(this::write);
    }

    private void write(List<Pending> batch) {
        var shuffled = new ArrayList<>(batch);
        Collections.shuffle(shuffled, random);
        transactions.executeWithoutResult(status -> shuffled.forEach(this::insert));
    }

    private void insert(Pending response) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_survey_response (id, organisation_id, survey_id, respondent_group)
                values (?, ?, ?, ?)""")
                .params(id, response.organisation().value(), response.survey(), response.group()).update();
        var items = new ArrayList<>(response.scores().entrySet());
        Collections.shuffle(items, random);
        items.forEach(score -> jdbc.sql("insert into policy_survey_answer (response_id, item_id, score) values (?, ?, ?)")
                .params(id, score.getKey(), score.getValue()).update());
    }
}
