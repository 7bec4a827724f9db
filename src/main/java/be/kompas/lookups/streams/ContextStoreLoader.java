package be.kompas.lookups.streams;

import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a global store in step with its context topic. A tombstone's topic key must be the row's store key (see
 * {@link ContextTopic#storeKey}), which is also what producers should key rows by, so that compaction keeps the
 * latest version of each.
 */
final class ContextStoreLoader implements Processor<String, String, Void, Void> {

    private final ContextTopic topic;
    private @Nullable KeyValueStore<String, String> store;

    ContextStoreLoader(ContextTopic topic) {
        this.topic = topic;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(topic.store());
    }

    @Override
    public void process(Record<String, String> record) {
        KeyValueStore<String, String> target = java.util.Objects.requireNonNull(store);
        String row = record.value();
        if (row == null) {
            if (record.key() != null) {
                target.delete(record.key());
            }
            return;
        }
        List<String> fields = ContextTopic.fields(row);
        if (fields.size() > 0 && !fields.get(0).isBlank()) {
            target.put(topic.storeKey(fields), row);
        }
    }
}
