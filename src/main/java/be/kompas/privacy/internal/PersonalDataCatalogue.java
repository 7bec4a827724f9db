package be.kompas.privacy.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import be.kompas.privacy.PersonalDataHolder;
import be.kompas.privacy.PersonalRecordType;

/** Every record type of every holder bean, by code; two holders may not claim the same code. */
@Component
class PersonalDataCatalogue {

    /** A record type and the holder that keeps its records. */
    record Entry(PersonalRecordType type, PersonalDataHolder holder) {

        String module() {
            int dot = type.code().indexOf('.');
            return dot < 0 ? type.code() : type.code().substring(0, dot);
        }
    }

    private final List<PersonalDataHolder> holders;
    private final Map<String, Entry> entries;

    PersonalDataCatalogue(List<PersonalDataHolder> holders) {
        this.holders = List.copyOf(holders);
        var byCode = new LinkedHashMap<String, Entry>();
        holders.stream().flatMap(holder -> holder.recordTypes().stream().map(type -> new Entry(type, holder)))
                .sorted(Comparator.comparing(entry -> entry.type().code()))
                .forEach(entry -> {
                    if (byCode.putIfAbsent(entry.type().code(), entry) != null) {
                        throw new IllegalStateException("Two personal data holders declare the record type "
                                + entry.type().code());
                    }
                });
        this.entries = Map.copyOf(byCode);
    }

    List<Entry> entries() {
        return entries.values().stream().sorted(Comparator.comparing(entry -> entry.type().code())).toList();
    }

    Optional<Entry> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    List<PersonalDataHolder> holders() {
        return holders;
    }
}
