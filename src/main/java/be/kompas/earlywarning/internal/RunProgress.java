package be.kompas.earlywarning.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes a run's progress in its own transaction, so the page sees it while the evaluation is still running. */
@Component
class RunProgress {

    private final EarlyWarningRepository repository;

    RunProgress(EarlyWarningRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void report(UUID run, int total, int done, int alerts) {
        repository.progress(run, total, done, alerts);
    }
}
